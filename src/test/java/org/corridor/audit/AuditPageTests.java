package org.corridor.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.corridor.kernel.Actor;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.kernel.AuditableChange;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Membership;
import org.corridor.accounts.Role;
import org.corridor.accounts.UserAccounts;
import org.corridor.directory.Directory;
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
    Directory directory;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

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
}
