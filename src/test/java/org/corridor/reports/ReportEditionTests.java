package org.corridor.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.DistributionLevel;
import org.corridor.directory.Directory;
import org.corridor.flows.RouteEvents;
import org.corridor.flows.RouteEvents.RouteEventDraft;
import org.corridor.kernel.RecordNotFound;
import org.corridor.reports.Reports.ReportDraft;
import org.corridor.reports.Reports.ReportView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CorridorTest
class ReportEditionTests {

    static final List<Recipient> SECRETARIAT = List.of(new Recipient(RecipientKind.SECRETARIAT, null, null));

    @Autowired
    RegionFixture region;

    @Autowired
    Reports reports;

    @Autowired
    RouteEvents routeEvents;

    @Autowired
    Directory directory;

    ReportPeople people;
    UUID macedonia;

    @BeforeEach
    void people() {
        people = new ReportPeople(region);
        macedonia = region.country("MK");
    }

    /** A spot report on a week of its own in 1911, so that no other test's route events fall in it. */
    ReportView spotReport(LocalDate from) {
        return reports.create(people.officer, new ReportDraft(people.skopje, ReportType.SPOT,
                "Border closure at Gevgelija", from, from.plusDays(6), DistributionLevel.OSCE, List.of()));
    }

    void routeEvent(LocalDate day, String title) {
        routeEvents.record(people.officer, new RouteEventDraft(people.skopje, day, macedonia, null,
                RouteEvents.Kind.CLOSURE, title, null, null, DistributionLevel.OSCE), true);
    }

    static String text(ReportDocument document) {
        return document.sections().toString();
    }

    @Test
    void aDraftDrawsItsGeneratedSectionsLive() {
        LocalDate week = LocalDate.of(1911, 3, 6);
        ReportView report = spotReport(week);
        assertThat(text(reports.document(people.officer, report.id()))).doesNotContain("Fence completed at km 12");
        routeEvent(week.plusDays(1), "Fence completed at km 12");
        ReportDocument document = reports.document(people.officer, report.id());
        assertThat(text(document)).contains("Fence completed at km 12");
        assertThat(document.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(document.symbol()).isNull();
    }

    @Test
    void anApprovedReportDoesNotMoveWhenTheDataChanges() {
        LocalDate week = LocalDate.of(1911, 4, 3);
        routeEvent(week.plusDays(1), "Crossing closed to all but four nationalities");
        ReportView report = spotReport(week);
        report = reports.submit(people.officer, report.id(), report.version());
        report = reports.approve(people.head, report.id(), report.version());
        ReportDocument approved = reports.document(people.officer, report.id());
        assertThat(text(approved)).contains("Crossing closed to all but four nationalities");

        routeEvent(week.plusDays(2), "Crossing reopened for families");
        ReportDocument later = reports.document(people.officer, report.id());
        assertThat(text(later)).doesNotContain("Crossing reopened for families");
        assertThat(later.sections()).isEqualTo(approved.sections());

        report = reports.distribute(people.head, report.id(), report.version(), SECRETARIAT);
        ReportDocument distributed = reports.document(people.viewer, report.id());
        assertThat(distributed.sections()).isEqualTo(approved.sections());
        assertThat(distributed.symbol()).isEqualTo(report.symbol());
        assertThat(distributed.status()).isEqualTo(ReportStatus.DISTRIBUTED);
        assertThat(distributed.distributedAt()).isNotNull();
    }

    @Test
    void aRevisionHasItsOwnEditionAndTheEarlierStaysReadable() {
        LocalDate week = LocalDate.of(1911, 5, 1);
        routeEvent(week.plusDays(1), "Tabanovce camp overcrowded");
        ReportView report = spotReport(week);
        report = reports.submit(people.officer, report.id(), report.version());
        report = reports.approve(people.head, report.id(), report.version());
        report = reports.distribute(people.head, report.id(), report.version(), SECRETARIAT);
        String firstSymbol = report.symbol();

        report = reports.revise(people.officer, report.id(), report.version());
        routeEvent(week.plusDays(3), "Tabanovce camp relieved by buses");
        // while the revision is drafted, who reads only distributed reports reads the first edition
        ReportDocument forViewer = reports.document(people.viewer, report.id());
        assertThat(forViewer.revision()).isZero();
        assertThat(text(forViewer)).doesNotContain("relieved by buses");
        assertThat(text(reports.document(people.officer, report.id()))).contains("relieved by buses");

        report = reports.submit(people.officer, report.id(), report.version());
        report = reports.approve(people.head, report.id(), report.version());
        report = reports.distribute(people.head, report.id(), report.version(), SECRETARIAT);
        assertThat(report.editions()).containsExactly(0, 1);

        ReportDocument first = reports.edition(people.viewer, report.id(), 0);
        ReportDocument second = reports.edition(people.viewer, report.id(), 1);
        assertThat(first.symbol()).isEqualTo(firstSymbol);
        assertThat(first.status()).isEqualTo(ReportStatus.DISTRIBUTED);
        assertThat(text(first)).doesNotContain("relieved by buses");
        assertThat(second.symbol()).isEqualTo(firstSymbol + "/Rev.1");
        assertThat(text(second)).contains("relieved by buses");
        assertThat(reports.document(people.viewer, report.id()).revision()).isEqualTo(1);
    }

    @Test
    void anEditionNotYetDistributedIsNotReadBeyondItsDrafters() {
        LocalDate week = LocalDate.of(1911, 6, 5);
        ReportView report = spotReport(week);
        report = reports.submit(people.officer, report.id(), report.version());
        report = reports.approve(people.head, report.id(), report.version());
        UUID id = report.id();
        assertThat(reports.edition(people.officer, id, 0).status()).isEqualTo(ReportStatus.APPROVED);
        assertThatThrownBy(() -> reports.edition(people.viewer, id, 0)).isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> reports.edition(people.officer, id, 3)).isInstanceOf(RecordNotFound.class);
    }
}
