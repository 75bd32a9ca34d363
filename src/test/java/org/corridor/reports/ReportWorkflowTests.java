package org.corridor.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.audit.AuditEntry;
import org.corridor.audit.AuditLog;
import org.corridor.kernel.Problem;
import org.corridor.kernel.RecordNotFound;
import org.corridor.kernel.RecordRejected;
import org.corridor.reports.Reports.ReportDraft;
import org.corridor.reports.Reports.ReportView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@CorridorTest
@RecordApplicationEvents
class ReportWorkflowTests {

    static final List<Recipient> SECRETARIAT = List.of(new Recipient(RecipientKind.SECRETARIAT, null, null));

    @Autowired
    RegionFixture region;

    @Autowired
    Reports reports;

    @Autowired
    AuditLog audit;

    @Autowired
    ApplicationEvents events;

    ReportPeople people;

    @BeforeEach
    void people() {
        people = new ReportPeople(region);
    }

    @Test
    void takesAReportFromDraftThroughReviewToDistribution() {
        ReportView report = people.draft(reports, "Migration situation in the former Yugoslav Republic",
                DistributionLevel.OSCE);
        assertThat(report.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(report.revision()).isZero();
        assertThat(report.authorNames()).containsExactly("Ana Officer");
        assertThat(report.sections()).extracting(Reports.SectionView::heading)
                .containsExactlyElementsOf(ReportType.BACKGROUND.template().stream()
                        .map(ReportType.TemplateSection::heading).toList());
        assertThat(report.may().edit()).isTrue();
        assertThat(report.may().approve()).isFalse();

        report = reports.submit(people.focalPoint, report.id(), report.version());
        assertThat(report.status()).isEqualTo(ReportStatus.IN_REVIEW);
        report = reports.returnToAuthors(people.head, report.id(), report.version(), "Add February's figures.");
        assertThat(report.status()).isEqualTo(ReportStatus.RETURNED);
        report = reports.submit(people.officer, report.id(), report.version());
        assertThat(report.status()).isEqualTo(ReportStatus.IN_REVIEW);
        report = reports.approve(people.head, report.id(), report.version());
        assertThat(report.status()).isEqualTo(ReportStatus.APPROVED);
        assertThat(report.editions()).containsExactly(0);
        report = reports.distribute(people.head, report.id(), report.version(),
                List.of(new Recipient(RecipientKind.SECRETARIAT, null, null),
                        new Recipient(RecipientKind.OPERATION, people.serbia, null)));
        assertThat(report.status()).isEqualTo(ReportStatus.DISTRIBUTED);
        assertThat(report.symbol()).matches("SEC\\.FR/\\d+/\\d\\d");
        assertThat(report.distributions()).extracting(Reports.DistributionView::recipient)
                .containsExactly("OSCE Secretariat", "OSCE Mission to Serbia");
        assertThat(report.distributions()).extracting(Reports.DistributionView::byName).containsOnly("Hana Head");

        assertThat(report.history()).extracting(Reports.TransitionView::to).containsExactly(ReportStatus.IN_REVIEW,
                ReportStatus.RETURNED, ReportStatus.IN_REVIEW, ReportStatus.APPROVED, ReportStatus.DISTRIBUTED);
        assertThat(report.history().get(1).comment()).isEqualTo("Add February's figures.");
        assertThat(report.history().get(1).byName()).isEqualTo("Hana Head");
    }

    @Test
    void auditsEveryTransitionWithItsActor() {
        ReportView report = people.reportIn(reports, ReportStatus.DISTRIBUTED, DistributionLevel.OSCE);
        List<AuditEntry> entries = audit.forRecord("report", report.id().toString());
        assertThat(entries).extracting(AuditEntry::action).containsExactly("CREATE", "STATUS_CHANGE",
                "STATUS_CHANGE", "STATUS_CHANGE");
        assertThat(entries).extracting(AuditEntry::actorName).containsExactly(people.officer.getUsername(),
                people.officer.getUsername(), people.head.getUsername(), people.head.getUsername());
    }

    @Test
    void publishesReportDistributedWithItsSymbol() {
        ReportView report = people.reportIn(reports, ReportStatus.DISTRIBUTED, DistributionLevel.OSCE);
        assertThat(events.stream(ReportDistributed.class)).filteredOn(e -> e.reportId().equals(report.id())).singleElement()
                .satisfies(e -> {
                    assertThat(e.symbol()).isEqualTo(report.symbol());
                    assertThat(e.operationId()).isEqualTo(people.skopje);
                    assertThat(e.recipients()).extracting(Recipient::kind).containsExactly(RecipientKind.SECRETARIAT);
                });
    }

    @Test
    void refusesDraftingByAViewerAnotherOperationsOfficerTheHeadADelegationReaderAndAnAdministrator() {
        ReportDraft draft = ReportPeople.background(people.skopje, "Not theirs", DistributionLevel.OSCE);
        for (CorridorUser user : List.of(people.viewer, people.otherOfficer, people.head, people.delegation,
                people.admin, people.coordinator)) {
            assertThatThrownBy(() -> reports.create(user, draft)).as(user.displayName())
                    .isInstanceOf(ReportActionRefused.class).hasMessageContaining("officers and focal points");
        }
    }

    @Test
    void refusesSubmissionByTheHeadAViewerAndAnotherOperation() {
        ReportView report = people.reportIn(reports, ReportStatus.DRAFT, DistributionLevel.OSCE);
        assertThatThrownBy(() -> reports.submit(people.head, report.id(), report.version()))
                .isInstanceOf(ReportActionRefused.class).hasMessageContaining("submit");
        // who may not read the draft does not learn it exists
        for (CorridorUser user : List.of(people.viewer, people.otherHead, people.otherOfficer, people.delegation,
                people.admin, people.coordinator)) {
            assertThatThrownBy(() -> reports.submit(user, report.id(), report.version())).as(user.displayName())
                    .isInstanceOf(RecordNotFound.class);
        }
    }

    @Test
    void refusesApprovalByAnOfficerAFocalPointAndAnotherOperationsHead() {
        ReportView report = people.reportIn(reports, ReportStatus.IN_REVIEW, DistributionLevel.OSCE);
        for (CorridorUser user : List.of(people.officer, people.focalPoint)) {
            assertThatThrownBy(() -> reports.approve(user, report.id(), report.version())).as(user.displayName())
                    .isInstanceOf(ReportActionRefused.class).hasMessage("Only the head of the operation approves its reports.");
        }
        assertThatThrownBy(() -> reports.approve(people.otherHead, report.id(), report.version()))
                .isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> reports.returnToAuthors(people.officer, report.id(), report.version(), "No"))
                .isInstanceOf(ReportActionRefused.class);
    }

    @Test
    void refusesTransitionsTheStatusDoesNotAllow() {
        ReportView draft = people.reportIn(reports, ReportStatus.DRAFT, DistributionLevel.OSCE);
        assertRefusedForStatus(() -> reports.approve(people.head, draft.id(), draft.version()), "report.error.approve");
        assertRefusedForStatus(() -> reports.distribute(people.head, draft.id(), draft.version(), SECRETARIAT),
                "report.error.distribute");
        assertRefusedForStatus(() -> reports.withdraw(people.head, draft.id(), draft.version(), "Why"),
                "report.error.withdraw");
        assertRefusedForStatus(() -> reports.revise(people.officer, draft.id(), draft.version()),
                "report.error.revise");

        ReportView inReview = people.reportIn(reports, ReportStatus.IN_REVIEW, DistributionLevel.OSCE);
        assertRefusedForStatus(() -> reports.submit(people.officer, inReview.id(), inReview.version()),
                "report.error.submit");
        assertRefusedForStatus(() -> reports.change(people.officer, inReview.id(), inReview.version(),
                ReportPeople.background(people.skopje, "Changed in review", DistributionLevel.OSCE), List.of(
                        new Reports.SectionDraft(null, SectionKind.NARRATIVE, "Situation", "Text"))),
                "report.error.notEditable");

        ReportView distributed = people.reportIn(reports, ReportStatus.DISTRIBUTED, DistributionLevel.OSCE);
        assertRefusedForStatus(() -> reports.approve(people.head, distributed.id(), distributed.version()),
                "report.error.approve");
        assertRefusedForStatus(() -> reports.distribute(people.head, distributed.id(), distributed.version(),
                SECRETARIAT), "report.error.distribute");

        ReportView withdrawn = people.reportIn(reports, ReportStatus.WITHDRAWN, DistributionLevel.OSCE);
        assertRefusedForStatus(() -> reports.revise(people.officer, withdrawn.id(), withdrawn.version()),
                "report.error.revise");
        assertRefusedForStatus(() -> reports.withdraw(people.head, withdrawn.id(), withdrawn.version(), "Again"),
                "report.error.withdraw");
    }

    @Test
    void returningNeedsACommentAndWithdrawingAReason() {
        ReportView inReview = people.reportIn(reports, ReportStatus.IN_REVIEW, DistributionLevel.OSCE);
        assertThatThrownBy(() -> reports.returnToAuthors(people.head, inReview.id(), inReview.version(), "  "))
                .isInstanceOf(RecordRejected.class).satisfies(e -> assertThat(((RecordRejected) e).problems())
                        .extracting(Problem::code).containsExactly("report.error.returnComment"));
        ReportView distributed = people.reportIn(reports, ReportStatus.DISTRIBUTED, DistributionLevel.OSCE);
        assertThatThrownBy(() -> reports.withdraw(people.head, distributed.id(), distributed.version(), null))
                .isInstanceOf(RecordRejected.class).satisfies(e -> assertThat(((RecordRejected) e).problems())
                        .extracting(Problem::code).containsExactly("report.error.withdrawReason"));
    }

    @Test
    void distributingNeedsARecipient() {
        ReportView approved = people.reportIn(reports, ReportStatus.APPROVED, DistributionLevel.OSCE);
        assertThatThrownBy(() -> reports.distribute(people.head, approved.id(), approved.version(), List.of()))
                .isInstanceOf(RecordRejected.class).satisfies(e -> assertThat(((RecordRejected) e).problems())
                        .extracting(Problem::code).containsExactly("report.error.recipients"));
        assertThatThrownBy(() -> reports.distribute(people.head, approved.id(), approved.version(),
                List.of(new Recipient(RecipientKind.OPERATION, UUID.randomUUID(), null))))
                .isInstanceOf(RecordRejected.class);
        assertThat(reports.find(people.head, approved.id()).orElseThrow().status()).isEqualTo(ReportStatus.APPROVED);
    }

    @Test
    void withdrawingAndRevisingAreTheHeads() {
        ReportView distributed = people.reportIn(reports, ReportStatus.DISTRIBUTED, DistributionLevel.OSCE);
        assertThatThrownBy(() -> reports.withdraw(people.officer, distributed.id(), distributed.version(), "Wrong"))
                .isInstanceOf(ReportActionRefused.class);
        // a viewer reads the distributed report but may not move it
        assertThatThrownBy(() -> reports.withdraw(people.viewer, distributed.id(), distributed.version(), "Wrong"))
                .isInstanceOf(ReportActionRefused.class);
        assertThatThrownBy(() -> reports.revise(people.viewer, distributed.id(), distributed.version()))
                .isInstanceOf(ReportActionRefused.class);
        assertThatThrownBy(() -> reports.withdraw(people.otherHead, distributed.id(), distributed.version(), "No"))
                .isInstanceOf(ReportActionRefused.class);
        ReportView withdrawn = reports.withdraw(people.head, distributed.id(), distributed.version(), "Figures wrong");
        assertThat(withdrawn.status()).isEqualTo(ReportStatus.WITHDRAWN);
        assertThat(withdrawn.symbol()).isEqualTo(distributed.symbol());
        assertThat(withdrawn.history().get(withdrawn.history().size() - 1).comment()).isEqualTo("Figures wrong");
    }

    @Test
    void aRevisionIsADraftOfTheNextRevisionWithItsTextCarriedOver() {
        ReportView distributed = people.reportIn(reports, ReportStatus.DISTRIBUTED, DistributionLevel.OSCE);
        ReportView revision = reports.revise(people.officer, distributed.id(), distributed.version());
        assertThat(revision.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(revision.revision()).isEqualTo(1);
        assertThat(revision.sections()).isEqualTo(distributed.sections());
        revision = reports.submit(people.officer, revision.id(), revision.version());
        revision = reports.approve(people.head, revision.id(), revision.version());
        revision = reports.distribute(people.head, revision.id(), revision.version(), SECRETARIAT);
        assertThat(revision.symbol()).isEqualTo(distributed.symbol() + "/Rev.1");
        assertThat(revision.editions()).containsExactly(0, 1);
    }

    @Test
    void theCoordinatorDoesEverythingForARegionalReportAndNobodyElse() {
        ReportDraft draft = new ReportDraft(null, ReportType.REGIONAL, "The Western Balkans route, first quarter",
                LocalDate.of(2016, 1, 1), LocalDate.of(2016, 3, 31), DistributionLevel.PARTICIPATING_STATES, List.of());
        for (CorridorUser user : List.of(people.officer, people.head, people.delegation, people.admin)) {
            assertThatThrownBy(() -> reports.create(user, draft)).as(user.displayName())
                    .isInstanceOf(ReportActionRefused.class).hasMessageContaining("regional coordinator");
        }
        ReportView report = reports.create(people.coordinator, draft);
        assertThat(report.operationId()).isNull();
        assertThat(reports.find(people.head, report.id())).isEmpty();
        assertThat(reports.find(people.delegation, report.id())).isEmpty();
        report = reports.submit(people.coordinator, report.id(), report.version());
        report = reports.approve(people.coordinator, report.id(), report.version());
        report = reports.distribute(people.coordinator, report.id(), report.version(),
                List.of(new Recipient(RecipientKind.DELEGATIONS, null, null)));
        assertThat(report.status()).isEqualTo(ReportStatus.DISTRIBUTED);
        assertThat(reports.find(people.delegation, report.id())).isPresent();
        assertThat(reports.find(people.head, report.id())).isPresent();
        ReportView distributed = report;
        assertThatThrownBy(() -> reports.withdraw(people.head, distributed.id(), distributed.version(), "No"))
                .isInstanceOf(ReportActionRefused.class);
    }

    @Test
    void aReportOfAnOperationNeedsItsOperationAndARegionalOneNone() {
        ReportDraft noOperation = ReportPeople.background(null, "No operation", DistributionLevel.OSCE);
        assertThatThrownBy(() -> reports.create(people.officer, noOperation)).isInstanceOf(RecordRejected.class)
                .satisfies(e -> assertThat(((RecordRejected) e).problems()).extracting(Problem::code)
                        .contains("report.error.operation"));
    }

    @Test
    void authorsMustDraftForTheOperation() {
        ReportDraft draft = new ReportDraft(people.skopje, ReportType.SPOT, "Incident at Tabanovce",
                LocalDate.of(2016, 2, 1), LocalDate.of(2016, 2, 2), DistributionLevel.OSCE,
                List.of(people.officer.id(), people.otherOfficer.id()));
        assertThatThrownBy(() -> reports.create(people.officer, draft)).isInstanceOf(RecordRejected.class)
                .satisfies(e -> assertThat(((RecordRejected) e).problems()).extracting(Problem::code)
                        .containsExactly("report.error.author"));
        assertThat(reports.possibleAuthors(people.officer, people.skopje)).extracting(Reports.DraftAuthor::id)
                .contains(people.officer.id(), people.focalPoint.id())
                .doesNotContain(people.head.id(), people.viewer.id(), people.otherOfficer.id());
    }

    @Test
    void checksTheDetailsOfADraft() {
        ReportDraft draft = new ReportDraft(people.skopje, ReportType.SPOT, " ", LocalDate.of(2016, 2, 2),
                LocalDate.of(2016, 2, 1), null, List.of());
        assertThatThrownBy(() -> reports.create(people.officer, draft)).isInstanceOf(RecordRejected.class)
                .satisfies(e -> assertThat(((RecordRejected) e).problems()).extracting(Problem::field)
                        .containsExactly("title", "periodTo", "level"));
    }

    private static void assertRefusedForStatus(org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
            String code) {
        assertThatThrownBy(call).isInstanceOf(RecordRejected.class).satisfies(e -> assertThat(
                ((RecordRejected) e).problems()).extracting(Problem::code).containsExactly(code));
    }
}
