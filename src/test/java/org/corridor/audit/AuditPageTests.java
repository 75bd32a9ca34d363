package org.corridor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.corridor.kernel.Actor;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.kernel.AuditableChange;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Membership;
import org.corridor.accounts.Role;
import org.corridor.accounts.UserAccounts;
import org.corridor.database.EmbeddedDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.corridor.kernel.TextLimits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.MockMvc;

@CorridorTest
class AuditPageTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AuditLog auditLog;

    @Autowired
    EmbeddedDatabase database;

    @Test
    void aHeadOfOperationSeesTheirOperationsEntriesAndNoOtherOperations() throws Exception {
        UUID skopje = region.operation("skopje");
        UUID serbia = region.operation("serbia");
        CorridorUser head = accounts.create("audit.head.skopje", "Head Skopje", "long-enough-password",
                List.of(new Membership(skopje, Role.HEAD_OF_OPERATION)));
        CorridorUser skopjeOfficer = accounts.create("audit.officer.mk", "Officer MK", "long-enough-password", List.of());
        CorridorUser serbiaOfficer = accounts.create("audit.officer.rs", "Officer RS", "long-enough-password", List.of());
        accounts.addMembership(skopjeOfficer.id(), new Membership(skopje, Role.OFFICER));
        accounts.addMembership(serbiaOfficer.id(), new Membership(serbia, Role.OFFICER));

        mvc.perform(get("/audit").with(user(head)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(skopjeOfficer.id().toString())))
                .andExpect(content().string(not(containsString(serbiaOfficer.id().toString()))));
    }

    @Test
    void anAdministratorSeesEveryOperationsEntries() throws Exception {
        UUID serbia = region.operation("serbia");
        CorridorUser admin = accounts.create("audit.admin", "Admin", "long-enough-password", List.of(Membership.of(Role.ADMIN)));
        CorridorUser serbiaViewer = accounts.create("audit.viewer.rs", "Viewer RS", "long-enough-password", List.of());
        accounts.addMembership(serbiaViewer.id(), new Membership(serbia, Role.VIEWER));

        mvc.perform(get("/audit").with(user(admin)))
                .andExpect(content().string(containsString(serbiaViewer.id().toString())));
    }

    /** An entry as a module writes it for a record of an operation, with free text a head may read. */
    private UUID recordChangedIn(UUID operationId, String recordType, String note) {
        UUID id = UUID.randomUUID();
        transactions.executeWithoutResult(status -> events.publishEvent(AuditableChange.updated(Actor.SYSTEM, recordType, id, operationId,
                Map.of("purpose", "before " + note), Map.of("purpose", "after " + note))));
        return id;
    }

    @Test
    void anAdministratorSeesWhoChangedWhatKindOfRecordWhenAndInWhichOperationButNotWhatItSaid() throws Exception {
        UUID skopje = region.operation("skopje");
        CorridorUser admin = accounts.create("audit.admin.content", "Admin", "long-enough-password",
                List.of(Membership.of(Role.ADMIN)));
        String note = "Interviewed family at the fence " + UUID.randomUUID();
        UUID visit = recordChangedIn(skopje, "monitoring_visit", note);

        mvc.perform(get("/audit").param("recordType", "monitoring_visit").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(visit.toString())))
                .andExpect(content().string(containsString("monitoring_visit")))
                .andExpect(content().string(containsString("OSCE Mission to Skopje")))
                .andExpect(content().string(containsString("Content not shared with you")))
                .andExpect(content().string(not(containsString(note))));
    }

    @Test
    void anAdministratorReadsTheContentOfReferenceDataAndAccountEntries() throws Exception {
        UUID serbia = region.operation("serbia");
        CorridorUser admin = accounts.create("audit.admin.reference", "Admin", "long-enough-password",
                List.of(Membership.of(Role.ADMIN)));
        String note = "Tabanovce crossing renamed " + UUID.randomUUID();
        recordChangedIn(null, "location", note);
        CorridorUser member = accounts.create("audit.member.rs", "Member RS", "long-enough-password", List.of());
        accounts.addMembership(member.id(), new Membership(serbia, Role.VIEWER));

        mvc.perform(get("/audit").param("recordType", "location").with(user(admin)))
                .andExpect(content().string(containsString(note)));
        mvc.perform(get("/audit").param("recordType", "user").with(user(admin)))
                .andExpect(content().string(containsString("VIEWER@" + serbia)));
    }

    @Test
    void aHeadReadsTheContentOfTheirOperationsEntries() throws Exception {
        UUID skopje = region.operation("skopje");
        CorridorUser head = accounts.create("audit.head.content", "Head Skopje", "long-enough-password",
                List.of(new Membership(skopje, Role.HEAD_OF_OPERATION)));
        CorridorUser adminAndHead = accounts.create("audit.admin.head", "Admin and head", "long-enough-password",
                List.of(Membership.of(Role.ADMIN), new Membership(skopje, Role.HEAD_OF_OPERATION)));
        String note = "Interviewed family at the fence " + UUID.randomUUID();
        recordChangedIn(skopje, "monitoring_visit", note);

        for (CorridorUser reader : List.of(head, adminAndHead)) {
            mvc.perform(get("/audit").param("recordType", "monitoring_visit").with(user(reader)))
                    .andExpect(content().string(containsString("before " + note)))
                    .andExpect(content().string(containsString("after " + note)));
        }
    }

    @Test
    void anAdministratorCanVerifyTheChainFromThePage() throws Exception {
        CorridorUser admin = accounts.create("audit.verifier", "Verifier", "long-enough-password", List.of(Membership.of(Role.ADMIN)));

        mvc.perform(get("/audit/verification").with(user(admin)))
                .andExpect(content().string(containsString("intact")));
    }

    /** An entry of a change by this person to a record of the operation, with its title and one field changed. */
    private UUID changedBy(CorridorUser actor, UUID operationId, String recordType, String title) {
        UUID id = UUID.randomUUID();
        transactions.executeWithoutResult(status -> events.publishEvent(AuditableChange.updated(actor.actor(),
                recordType, id, operationId, Map.of("title", title, "persons", 120, "place", "Gevgelija"),
                Map.of("title", title, "persons", 140, "place", "Gevgelija"))));
        return id;
    }

    @Test
    void aHeadReadsWhoChangedWhichRecordByNameWithALinkAndATableOfTheChangedFields() throws Exception {
        UUID skopje = region.operation("skopje");
        CorridorUser head = region.user("audit.head.table", "Head Skopje", Role.HEAD_OF_OPERATION, skopje);
        CorridorUser officer = region.user("audit.officer.table", "Olga Tablewriter", Role.OFFICER, skopje);
        String title = "Visit to Tabanovce " + UUID.randomUUID();
        UUID visit = changedBy(officer, skopje, "monitoring_visit", title);

        String page = mvc.perform(get("/audit").param("person", officer.id().toString()).with(user(head)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Olga Tablewriter").doesNotContain(">" + officer.getUsername() + "<")
                .contains("<a href=\"/monitoring/visits/" + visit + "\">" + title + "</a>")
                .contains("<th scope=\"row\">persons</th>", "<td>120</td>", "<td>140</td>", "1 field</summary>")
                .doesNotContain("<th scope=\"row\">place</th>").doesNotContain("<pre>");
    }

    @Test
    void theFiltersNarrowByPersonOperationKindAndPeriod() throws Exception {
        UUID skopje = region.operation("skopje");
        UUID serbia = region.operation("serbia");
        CorridorUser admin = region.user("audit.admin.filters", "Admin Filters", Role.ADMIN, null);
        CorridorUser one = region.user("audit.filters.one", "Filter One", Role.OFFICER, skopje);
        CorridorUser other = region.user("audit.filters.other", "Filter Other", Role.OFFICER, serbia);
        UUID visit = changedBy(one, skopje, "monitoring_visit", "Visit " + UUID.randomUUID());
        UUID meeting = changedBy(one, skopje, "meeting", "Meeting " + UUID.randomUUID());
        UUID count = changedBy(other, serbia, "flow_count", "Count " + UUID.randomUUID());
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();

        String byPerson = page(admin, "person", one.id().toString());
        assertThat(byPerson).contains(visit.toString(), meeting.toString()).doesNotContain(count.toString());
        String byKind = page(admin, "person", one.id().toString(), "recordType", "meeting");
        assertThat(byKind).contains(meeting.toString()).doesNotContain(visit.toString())
                .contains("<option value=\"meeting\" selected=\"selected\">Meeting</option>");
        String byOperation = page(admin, "operation", serbia.toString(), "recordType", "flow_count");
        assertThat(byOperation).contains(count.toString()).doesNotContain(visit.toString());
        assertThat(page(admin, "person", one.id().toString(), "from", today, "to", today)).contains(visit.toString());
        assertThat(page(admin, "person", one.id().toString(), "from", "2015-09-01", "to", "2016-06-30"))
                .doesNotContain(visit.toString()).contains("No entries.");
    }

    @Test
    void aHeadCannotWidenTheirScopeByChoosingAnotherOperation() throws Exception {
        UUID skopje = region.operation("skopje");
        UUID serbia = region.operation("serbia");
        CorridorUser head = region.user("audit.head.widen", "Head Skopje", Role.HEAD_OF_OPERATION, skopje);
        CorridorUser serbian = region.user("audit.officer.widen", "Officer Serbia", Role.OFFICER, serbia);
        UUID count = changedBy(serbian, serbia, "flow_count", "Count " + UUID.randomUUID());

        assertThat(page(head, "operation", serbia.toString())).doesNotContain(count.toString())
                .doesNotContain("Officer Serbia");
    }

    @Test
    void aPeriodEndingBeforeItStartsOrOutOfRangeIsShownAsAProblemWithWhatWasTyped() throws Exception {
        CorridorUser admin = region.user("audit.admin.period", "Admin Period", Role.ADMIN, null);

        assertThat(page(admin, "from", "2016-03-08", "to", "2016-03-01"))
                .contains("class=\"error-summary\"", "href=\"#to\"", "id=\"to-error\"",
                        "Enter an end of the period that is not before its start.")
                .contains("value=\"2016-03-08\"", "value=\"2016-03-01\"");
        assertThat(page(admin, "from", "1800-01-01")).contains("id=\"from-error\"", "Enter a date from 1900-01-01")
                .contains("value=\"1800-01-01\"");
        assertThat(page(admin, "to", "2016-13-45")).contains("id=\"to-error\"", "Enter a real date");
    }

    @Test
    void aDateThatIsNoDateIsShownAsTypedToALineAndNeitherItNorAPersonThatIsNoIdRestrictsAnything() throws Exception {
        UUID skopje = region.operation("skopje");
        CorridorUser admin = region.user("audit.admin.typed", "Admin Typed", Role.ADMIN, null);
        CorridorUser officer = region.user("audit.officer.typed", "Officer Typed", Role.OFFICER, skopje);
        UUID count = changedBy(officer, skopje, "flow_count", "Count " + UUID.randomUUID());

        assertThat(page(admin, "to", "13 March", "person", "nobody", "operation", skopje.toString()))
                .contains("href=\"#to\"", "id=\"to-error\"", "Enter a real date", "value=\"13 March\"")
                .contains(count.toString());
        String typed = "2016-03-01 ".repeat(30);
        assertThat(page(admin, "from", typed, "operation", skopje.toString())).contains("id=\"from-error\"")
                .contains("value=\"" + typed.substring(0, TextLimits.LINE) + "\"")
                .doesNotContain(typed.substring(0, TextLimits.LINE + 1)).contains(count.toString());
    }

    @Test
    void aHeadRunsTheChainCheckOfTheWholeChainAndIsToldWhatTheySee() throws Exception {
        UUID skopje = region.operation("skopje");
        CorridorUser head = region.user("audit.head.verify", "Head Verifier", Role.HEAD_OF_OPERATION, skopje);
        CorridorUser officer = region.user("audit.officer.verify", "Officer Verifier", Role.OFFICER, skopje);

        mvc.perform(get("/audit/verification").with(user(head))).andExpect(status().isOk())
                .andExpect(content().string(containsString("intact")))
                .andExpect(content().string(containsString("the check covers every entry of it, not only your operations")));
        mvc.perform(get("/audit/verification").with(user(officer))).andExpect(status().isForbidden());
    }

    @Test
    void aBrokenChainIsReportedToEveryHeadButTheBrokenEntryShownOnlyToTheHeadsOfItsOperation() throws Exception {
        UUID skopje = region.operation("skopje");
        UUID serbia = region.operation("serbia");
        CorridorUser skopjeHead = region.user("audit.head.broken.mk", "Head Skopje", Role.HEAD_OF_OPERATION, skopje);
        CorridorUser serbiaHead = region.user("audit.head.broken.rs", "Head Serbia", Role.HEAD_OF_OPERATION, serbia);
        CorridorUser officer = region.user("audit.officer.broken", "Officer Broken", Role.OFFICER, serbia);
        String title = "Count at Preševo " + UUID.randomUUID();
        UUID count = changedBy(officer, serbia, "flow_count", title);
        changedBy(officer, serbia, "flow_count", "After " + UUID.randomUUID());
        AuditEntry edited = auditLog.entries(Set.of(serbia), new AuditLog.Filter(officer.id(), null, null, null, null),
                10, 0).stream().filter(e -> e.recordId().equals(count.toString())).findFirst().orElseThrow();
        try {
            tamper("update audit_entry set after_state = replace(after_state, '\"persons\":140', '\"persons\":14')"
                    + " where seq = " + edited.seq());

            String toSerbia = verification(serbiaHead);
            assertThat(toSerbia).contains("The audit log is broken at entry " + edited.seq()).contains(title)
                    .doesNotContain("not one of your operations");
            String toSkopje = verification(skopjeHead);
            assertThat(toSkopje).contains("The audit log is broken at entry " + edited.seq())
                    .contains("not one of your operations").doesNotContain(title).doesNotContain("Officer Broken");
        } finally {
            tamper("update audit_entry set after_state = '" + edited.after().replace("'", "''") + "' where seq = "
                    + edited.seq());
        }
        assertThat(auditLog.verify().intact()).isTrue();
    }

    private String verification(CorridorUser reader) throws Exception {
        return mvc.perform(get("/audit/verification").with(user(reader))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    /** Edits the log as its owner would, past the append-only trigger (as AuditLogTests does). */
    private void tamper(String sql) {
        JdbcClient owner = JdbcClient.create(new DriverManagerDataSource(database.jdbcUrl(), database.ownerUsername(),
                database.ownerPassword()));
        owner.sql("alter table audit_entry disable trigger audit_entry_append_only").update();
        try {
            owner.sql(sql).update();
        } finally {
            owner.sql("alter table audit_entry enable always trigger audit_entry_append_only").update();
        }
    }

    private String page(CorridorUser reader, String... params) throws Exception {
        var request = get("/audit").with(user(reader));
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
