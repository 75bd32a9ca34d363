package org.corridor.flows;

import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.kernel.RecordPage;
import org.corridor.kernel.StaleRecord;
import org.corridor.kernel.RecordRejected;
import org.corridor.kernel.RecordNotFound;
import org.corridor.kernel.Problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Role;
import org.corridor.audit.AuditEntry;
import org.corridor.audit.AuditLog;
import org.corridor.directory.Directory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Flow counts against the real database: access, duplicates, batches all or nothing, and the audit trail. */
@CorridorTest
class FlowCountsIntegrationTests {

    @Autowired
    RegionFixture region;

    @Autowired
    FlowCounts counts;

    @Autowired
    Directory directory;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    UUID skopje;
    UUID serbia;
    UUID gevgelija;
    UUID tabanovce;
    UUID unhcr;

    /** Each test counts on days of its own, so tests sharing the database never meet on a natural key. */
    static int nextYear = 1990;
    LocalDate day;

    @BeforeEach
    void lookUpTheRegion() {
        skopje = region.operation("skopje");
        serbia = region.operation("serbia");
        gevgelija = region.place("MK-GEVGELIJA-BCP");
        tabanovce = region.place("MK-TABANOVCE-TC");
        unhcr = directory.organisations().stream().filter(o -> "UNHCR".equals(o.acronym())).findFirst().orElseThrow().id();
        synchronized (FlowCountsIntegrationTests.class) {
            day = LocalDate.of(nextYear++, 3, 1);
        }
    }

    CorridorUser user(Role role, UUID operation) {
        return region.user("fc", "Flows", role, operation);
    }

    FlowCountDraft at(UUID location, LocalDate on, int total, DistributionLevel level) {
        return new FlowCountDraft(skopje, null, on, null, null, location, Direction.ENTRY, null, total, null, null,
                null, null, Map.of("SYR", total / 2), level);
    }

    long rowsOn(LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*) from flow_count where period_start between :from and :to")
                .param("from", from).param("to", to).query(Long.class).single();
    }

    @Test
    void officerRecordsACountOfTheOperationWithItsCountryFromTheLocation() {
        FlowCount saved = counts.record(user(Role.OFFICER, skopje), at(gevgelija, day, 4000, null));

        assertThat(saved.countryId()).isEqualTo(region.country("MK"));
        assertThat(saved.periodEnd()).isEqualTo(day);
        assertThat(saved.distributionLevel()).isEqualTo(DistributionLevel.OSCE);
        assertThat(saved.nationalities()).containsEntry("SYR", 2000);
    }

    @Test
    void viewersHeadsAndOtherOperationsDoNotRecord() {
        for (CorridorUser user : List.of(user(Role.VIEWER, skopje), user(Role.HEAD_OF_OPERATION, skopje),
                user(Role.OFFICER, serbia), user(Role.REGIONAL_COORDINATOR, null), user(Role.ADMIN, null))) {
            assertThatThrownBy(() -> counts.record(user, at(gevgelija, day, 10, null)))
                    .as(user.memberships().toString()).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void sharedCountsAreReadByEveryOperationAndTheCoordinatorInternalOnesOnlyByTheOperation() {
        CorridorUser officer = user(Role.OFFICER, skopje);
        FlowCount shared = counts.record(officer, at(gevgelija, day, 10, DistributionLevel.OSCE));
        FlowCount internal = counts.record(officer, at(tabanovce, day, 20, DistributionLevel.OPERATION));

        CorridorUser serbianViewer = user(Role.VIEWER, serbia);
        CorridorUser coordinator = user(Role.REGIONAL_COORDINATOR, null);
        CorridorUser skopjeViewer = user(Role.VIEWER, skopje);
        assertThat(counts.find(serbianViewer, shared.id())).isPresent();
        assertThat(counts.find(coordinator, shared.id())).isPresent();
        assertThat(counts.find(serbianViewer, internal.id())).isEmpty();
        assertThat(counts.find(coordinator, internal.id())).isEmpty();
        assertThat(counts.find(skopjeViewer, internal.id())).isPresent();
        assertThat(counts.find(user(Role.DELEGATION_READER, null), shared.id())).isEmpty();
        assertThat(counts.find(user(Role.ADMIN, null), shared.id())).isEmpty();
        FlowFilter thatDay = new FlowFilter(null, null, null, null, null, false, null, day, day);
        assertThat(counts.list(serbianViewer, thatDay, 0, 50).items()).extracting(FlowCount::id).containsExactly(shared.id());
        assertThat(counts.list(skopjeViewer, thatDay, 0, 50).items()).extracting(FlowCount::id)
                .containsExactlyInAnyOrder(shared.id(), internal.id());
    }

    @Test
    void refusesASecondCountForTheSamePeriodPlaceDirectionAndSource() {
        CorridorUser officer = user(Role.OFFICER, skopje);
        counts.record(officer, at(gevgelija, day, 10, null));

        assertThatThrownBy(() -> counts.record(officer, at(gevgelija, day, 11, null)))
                .isInstanceOfSatisfying(RecordRejected.class, e -> assertThat(e.problems())
                        .extracting(Problem::field, Problem::code).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("periodStart", "flow.error.duplicate")));
        // Another source or direction is another count.
        FlowCountDraft unhcrFigure = new FlowCountDraft(skopje, null, day, null, null, gevgelija, Direction.ENTRY, unhcr,
                12, null, null, null, null, null, null);
        assertThat(counts.record(officer, unhcrFigure).sourceOrganisationId()).isEqualTo(unhcr);
    }

    @Test
    void refusesAnInvalidCountWithItsProblems() {
        assertThatThrownBy(() -> counts.record(user(Role.OFFICER, skopje),
                new FlowCountDraft(skopje, PeriodKind.WEEK, day.with(java.time.DayOfWeek.TUESDAY), null, null, gevgelija,
                        Direction.ENTRY, null, 10, 5, 5, 1, null, null, null)))
                .isInstanceOfSatisfying(RecordRejected.class, e -> assertThat(e.problems())
                        .extracting(Problem::code).containsExactly("flow.error.weekStart", "flow.error.partsExceedTotal"));
    }

    @Test
    void correctionIsAuditedWithTheFiguresBeforeAndAfterAndAStaleVersionIsRefused() {
        CorridorUser officer = user(Role.OFFICER, skopje);
        FlowCount saved = counts.record(officer, at(gevgelija, day, 100, null));

        FlowCount corrected = counts.update(user(Role.FOCAL_POINT, skopje), saved.id(), 0, at(gevgelija, day, 120, null));

        assertThat(corrected.total()).isEqualTo(120);
        assertThat(corrected.version()).isEqualTo(1);
        List<AuditEntry> trail = auditLog.forRecord("flow_count", saved.id().toString());
        assertThat(trail).extracting(AuditEntry::action).containsExactly("CREATE", "UPDATE");
        assertThat(trail.get(1).before()).contains("\"total\":100");
        assertThat(trail.get(1).after()).contains("\"total\":120");
        assertThatThrownBy(() -> counts.update(officer, saved.id(), 0, at(gevgelija, day, 130, null)))
                .isInstanceOf(StaleRecord.class);
    }

    @Test
    void aCountHiddenFromTheCallerIsNotFoundWhenChanged() {
        FlowCount internal = counts.record(user(Role.OFFICER, skopje), at(gevgelija, day, 10, DistributionLevel.OPERATION));

        assertThatThrownBy(() -> counts.update(user(Role.OFFICER, serbia), internal.id(), 0, at(gevgelija, day, 11, null)))
                .isInstanceOf(RecordNotFound.class);
    }

    @Test
    void aBatchWithABadLastItemWritesNothingAndReportsEveryBadItem() {
        CorridorUser officer = user(Role.OFFICER, skopje);
        List<FlowCountDraft> batch = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            batch.add(at(gevgelija, day.plusDays(i), 1000 + i, null));
        }
        batch.add(at(tabanovce, day, -5, null));
        batch.add(at(tabanovce, day.plusDays(1), 10, null).withCountry(region.country("RS")));

        assertThatThrownBy(() -> counts.upsert(officer, batch))
                .isInstanceOfSatisfying(BulkRejected.class, e -> assertThat(e.problems())
                        .extracting(p -> p.index() + ":" + p.problem().code())
                        .containsExactly("30:flow.error.negative", "30:flow.error.nationalityCount",
                                "31:flow.error.locationCountry"));
        assertThat(rowsOn(day, day.plusDays(40))).isZero();
    }

    @Test
    void aBatchNamingTheSameCountTwiceIsRefused() {
        List<FlowCountDraft> batch = List.of(at(gevgelija, day, 10, null), at(gevgelija, day, 11, null));

        assertThatThrownBy(() -> counts.upsert(user(Role.OFFICER, skopje), batch))
                .isInstanceOfSatisfying(BulkRejected.class, e -> assertThat(e.problems())
                        .extracting(p -> p.index() + ":" + p.problem().code())
                        .containsExactly("1:flow.error.duplicateInBatch"));
        assertThat(rowsOn(day, day)).isZero();
    }

    @Test
    void aBatchOfAnotherOperationsCountsIsRefused() {
        List<FlowCountDraft> batch = List.of(at(gevgelija, day, 10, null));

        assertThatThrownBy(() -> counts.upsert(user(Role.OFFICER, serbia), batch))
                .isInstanceOfSatisfying(BulkRejected.class, e -> assertThat(e.problems())
                        .extracting(p -> p.index() + ":" + p.problem().code())
                        .containsExactly("0:flow.error.mayNotRecord"));
    }

    @Test
    void sendingTheSameBatchAgainChangesNothing() {
        CorridorUser officer = user(Role.OFFICER, skopje);
        List<FlowCountDraft> batch = List.of(at(gevgelija, day, 10, null), at(gevgelija, day.plusDays(1), 20, null),
                at(tabanovce, day, 30, null));

        assertThat(counts.upsert(officer, batch)).isEqualTo(new FlowCounts.BulkOutcome(3, 0, 0));
        List<Long> versions = jdbc.sql("select version from flow_count where period_start between :from and :to order by id")
                .param("from", day).param("to", day.plusDays(1)).query(Long.class).list();
        long auditEntries = jdbc.sql("select count(*) from audit_entry where record_type = 'flow_count'").query(Long.class).single();

        assertThat(counts.upsert(officer, batch)).isEqualTo(new FlowCounts.BulkOutcome(0, 0, 3));
        assertThat(jdbc.sql("select version from flow_count where period_start between :from and :to order by id")
                .param("from", day).param("to", day.plusDays(1)).query(Long.class).list()).isEqualTo(versions);
        assertThat(jdbc.sql("select count(*) from audit_entry where record_type = 'flow_count'").query(Long.class).single())
                .isEqualTo(auditEntries);
    }

    @Test
    void aBatchCorrectingEarlierCountsUpdatesThemWithTheAuditShowingBeforeAndAfter() {
        CorridorUser officer = user(Role.OFFICER, skopje);
        counts.upsert(officer, List.of(at(gevgelija, day, 10, null), at(tabanovce, day, 30, null)));

        FlowCounts.BulkOutcome outcome = counts.upsert(user(Role.FOCAL_POINT, skopje),
                List.of(at(gevgelija, day, 15, null), at(tabanovce, day, 30, null), at(gevgelija, day.plusDays(1), 5, null)));

        assertThat(outcome).isEqualTo(new FlowCounts.BulkOutcome(1, 1, 1));
        FlowCount corrected = counts.list(officer, new FlowFilter(null, null, gevgelija, null, null, true, null, day, day), 0, 5)
                .items().get(0);
        assertThat(corrected.total()).isEqualTo(15);
        List<AuditEntry> trail = auditLog.forRecord("flow_count", corrected.id().toString());
        assertThat(trail).extracting(AuditEntry::action).containsExactly("CREATE", "UPDATE");
        assertThat(trail.get(1).before()).contains("\"total\":10");
        assertThat(trail.get(1).after()).contains("\"total\":15");
    }

    @Test
    void problemsOfABatchAreGivenWithoutWriting() {
        List<BulkRejected.ItemProblem> problems = counts.problems(user(Role.OFFICER, skopje),
                List.of(at(gevgelija, day, 10, null), at(gevgelija, LocalDate.now().plusDays(3), 10, null)));

        assertThat(problems).extracting(p -> p.index() + ":" + p.problem().code()).containsExactly("1:flow.error.future");
        assertThat(rowsOn(day, day)).isZero();
    }

    @Test
    void aListCountsOnlyUpToItsLimitAndThenSaysThereAreMore() {
        CorridorUser officer = user(Role.OFFICER, skopje);
        for (int i = 0; i < 5; i++) {
            counts.record(officer, at(gevgelija, day.plusDays(i), 10 + i, null));
        }
        FlowFilter fiveDays = new FlowFilter(null, null, gevgelija, null, null, false, null, day, day.plusDays(4));

        RecordPage<FlowCount> capped = counts.list(officer, fiveDays, 0, 2, 3);
        assertThat(capped.totalIsLowerBound()).isTrue();
        assertThat(capped.totalItems()).isEqualTo(3);
        assertThat(capped.items()).extracting(FlowCount::periodStart).containsExactly(day.plusDays(4), day.plusDays(3));
        assertThat(capped.hasNext()).isTrue();
        RecordPage<FlowCount> last = counts.list(officer, fiveDays, 2, 2, 3);
        assertThat(last.items()).extracting(FlowCount::periodStart).containsExactly(day);
        assertThat(last.hasNext()).as("a page that is not full is the last").isFalse();
        assertThat(last.totalIsLowerBound()).as("and tells the total").isFalse();
        assertThat(last.totalItems()).isEqualTo(5);

        RecordPage<FlowCount> exact = counts.list(officer, fiveDays, 0, 2, 5);
        assertThat(exact.totalIsLowerBound()).isFalse();
        assertThat(exact.totalItems()).isEqualTo(5);
    }

    @Test
    void forEachHandsOverEveryReadableCountOnceInTheListsOrder() {
        CorridorUser officer = user(Role.OFFICER, skopje);
        int many = FlowCounts.EXPORT_BATCH + 250;
        // More counts than one batch of the cursor, so that reading on into a second batch is exercised.
        jdbc.sql("""
                insert into flow_count (id, operation_id, period_kind, period_start, period_end, country_id, location_id,
                    direction, total, distribution_level, created_by, created_at, updated_at)
                select gen_random_uuid(), :operation, 'DAY', :first + n, :first + n, l.country_id, l.id, 'ENTRY', n,
                    case when n % 2 = 0 then 'OPERATION' else 'OSCE' end, :user, now(), now()
                from generate_series(0, :many - 1) n, location l where l.id = :location""")
                .param("operation", skopje).param("first", day).param("user", officer.id()).param("many", many)
                .param("location", tabanovce).update();
        FlowFilter theseDays = new FlowFilter(null, null, tabanovce, null, null, false, null, day, day.plusDays(many));

        List<FlowCount> handed = new ArrayList<>();
        counts.forEach(officer, theseDays, handed::add);

        assertThat(handed).hasSize(many);
        assertThat(handed).extracting(FlowCount::id).doesNotHaveDuplicates();
        assertThat(handed.get(0).periodStart()).isEqualTo(day.plusDays(many - 1));
        assertThat(handed).extracting(FlowCount::id).startsWith(counts.list(officer, theseDays, 0, 100).items()
                .stream().map(FlowCount::id).toArray(UUID[]::new));
        List<FlowCount> shared = new ArrayList<>();
        counts.forEach(user(Role.OFFICER, serbia), new FlowFilter(null, null, tabanovce, null, null, false, null, day,
                day.plusDays(many)), shared::add);
        assertThat(shared).as("another operation reads only what is shared").hasSize(many / 2)
                .allMatch(c -> c.distributionLevel() == DistributionLevel.OSCE);
    }

    @Test
    void theReadRuleLeavesTheListToThePeriodIndex() {
        CorridorUser officer = user(Role.OFFICER, skopje);
        // A few thousand counts over fifteen years, of two operations and every level.
        jdbc.sql("""
                insert into flow_count (id, operation_id, period_kind, period_start, period_end, country_id, location_id,
                    direction, total, distribution_level, created_by, created_at, updated_at)
                select gen_random_uuid(), case when n % 3 = 0 then :serbia else :skopje end, 'DAY', :first + n,
                    :first + n, l.country_id, l.id, 'EXIT', n,
                    (array['OPERATION', 'OSCE', 'PARTICIPATING_STATES', 'PUBLIC'])[n % 4 + 1], :user, now(), now()
                from generate_series(0, 5499) n, location l where l.id = :location""")
                .param("skopje", skopje).param("serbia", serbia).param("first", LocalDate.of(1800, 1, 1))
                .param("user", officer.id()).param("location", gevgelija).update();
        jdbc.sql("analyze flow_count").update();
        LocalDate from = LocalDate.of(1810, 6, 1);
        for (CorridorUser reader : List.of(officer, user(Role.REGIONAL_COORDINATOR, null),
                user(Role.DELEGATION_READER, null))) {
            Map<String, Object> params = new java.util.LinkedHashMap<>();
            String where = FlowCounts.where(counts.scopeOf(reader), new FlowFilter(null, null, null, null, null, false,
                    null, from, from.plusDays(30)), params);
            String plan = String.join("\n", jdbc.sql("explain select * from flow_count" + where
                    + " order by period_start desc, period_kind, country_id, location_id nulls first, direction, id"
                    + " limit 50").params(params).query(String.class).list());
            assertThat(plan).as(plan).contains("flow_count_period").doesNotContain("Seq Scan");
        }
    }
}
