package org.corridor.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Role;
import org.corridor.reports.Reports.ReportDraft;
import org.corridor.reports.Reports.ReportView;

/** The people of the reports' tests, made fresh for each test: who drafts, who reviews, who only reads. */
final class ReportPeople {

    final UUID skopje;
    final UUID serbia;
    final CorridorUser officer;
    final CorridorUser focalPoint;
    final CorridorUser head;
    final CorridorUser viewer;
    final CorridorUser otherHead;
    final CorridorUser otherOfficer;
    final CorridorUser coordinator;
    final CorridorUser delegation;
    final CorridorUser admin;

    ReportPeople(RegionFixture region) {
        skopje = region.operation("skopje");
        serbia = region.operation("serbia");
        officer = region.user("rep.off", "Ana Officer", Role.OFFICER, skopje);
        focalPoint = region.user("rep.fp", "Filip Focal", Role.FOCAL_POINT, skopje);
        head = region.user("rep.head", "Hana Head", Role.HEAD_OF_OPERATION, skopje);
        viewer = region.user("rep.view", "Vera Viewer", Role.VIEWER, skopje);
        otherHead = region.user("rep.ohead", "Oskar Head", Role.HEAD_OF_OPERATION, serbia);
        otherOfficer = region.user("rep.ooff", "Olga Officer", Role.OFFICER, serbia);
        coordinator = region.user("rep.coord", "Cora Coordinator", Role.REGIONAL_COORDINATOR, null);
        delegation = region.user("rep.deleg", "Dara Delegation", Role.DELEGATION_READER, null);
        admin = region.user("rep.admin", "Adam Admin", Role.ADMIN, null);
    }

    static ReportDraft background(UUID operation, String title, DistributionLevel level) {
        return new ReportDraft(operation, ReportType.BACKGROUND, title, LocalDate.of(2016, 1, 1),
                LocalDate.of(2016, 3, 31), level, List.of());
    }

    ReportView draft(Reports reports, String title, DistributionLevel level) {
        return reports.create(officer, background(skopje, title, level));
    }

    /** A report of Skopje taken through review to the given status. */
    ReportView reportIn(Reports reports, ReportStatus status, DistributionLevel level) {
        ReportView report = draft(reports, "Background report " + UUID.randomUUID(), level);
        if (status == ReportStatus.DRAFT) {
            return report;
        }
        report = reports.submit(officer, report.id(), report.version());
        if (status == ReportStatus.IN_REVIEW) {
            return report;
        }
        if (status == ReportStatus.RETURNED) {
            return reports.returnToAuthors(head, report.id(), report.version(), "Add the figures of February.");
        }
        report = reports.approve(head, report.id(), report.version());
        if (status == ReportStatus.APPROVED) {
            return report;
        }
        report = reports.distribute(head, report.id(), report.version(),
                List.of(new Recipient(RecipientKind.SECRETARIAT, null, null)));
        if (status == ReportStatus.DISTRIBUTED) {
            return report;
        }
        return reports.withdraw(head, report.id(), report.version(), "Superseded by the spot report.");
    }
}
