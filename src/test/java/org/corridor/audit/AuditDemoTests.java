package org.corridor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.corridor.DemoAsLoadedTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The audit log as the demo's head of the Mission to Serbia reads it, and as a delegation reader is refused it. */
@DemoAsLoadedTest
class AuditDemoTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AuditLog auditLog;
    @Autowired
    RegionFixture region;

    private CorridorUser demo(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    private String page(CorridorUser reader, String query) throws Exception {
        return mvc.perform(get("/audit?" + query).with(user(reader))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    @Test
    void theHeadOfSerbiaReadsSerbiasVisitsByNameWithLinksAndNoneOfSkopjes() throws Exception {
        CorridorUser head = demo("head.serbia");
        UUID serbia = region.operation("serbia");
        UUID skopje = region.operation("skopje");
        AuditLog.Filter visits = new AuditLog.Filter(null, null, "monitoring_visit", null, null);
        List<AuditEntry> serbias = auditLog.entries(Set.of(serbia), visits, 1, 0);
        List<AuditEntry> skopjes = auditLog.entries(Set.of(skopje), visits, 50, 0);
        assertThat(serbias).as("the demo records Serbia's visits").isNotEmpty();
        assertThat(skopjes).as("the demo records Skopje's visits").isNotEmpty();

        String page = page(head, "recordType=monitoring_visit");

        assertThat(page).contains("Sonja Officer").doesNotContain(">officer.serbia<")
                .contains("href=\"/monitoring/visits/" + serbias.get(0).recordId() + "\"")
                .contains("OSCE Mission to Serbia");
        for (AuditEntry skopjeVisit : skopjes) {
            assertThat(page).doesNotContain(skopjeVisit.recordId());
        }
        // Choosing Skopje in the filter narrows Serbia's entries to none; it never widens them.
        String chosen = page(head, "recordType=monitoring_visit&operation=" + skopje);
        assertThat(chosen).contains("No entries.");
        for (AuditEntry skopjeVisit : skopjes) {
            assertThat(chosen).doesNotContain(skopjeVisit.recordId());
        }
    }

    @Test
    void theHeadOfSerbiaFindsSerbiasPeopleAmongTheFiltersChoicesAndSkopjesNot() throws Exception {
        String page = page(demo("head.serbia"), "");

        assertThat(page).contains(">Sonja Officer</option>").doesNotContain(">Oliver Officer</option>")
                .contains(">OSCE Mission to Serbia</option>").doesNotContain(">OSCE Mission to Skopje</option>");
    }

    @Test
    void aDelegationReaderIsRefusedTheLogAndTheChainCheck() throws Exception {
        CorridorUser delegation = demo("delegation");

        mvc.perform(get("/audit").with(user(delegation))).andExpect(status().isForbidden());
        mvc.perform(get("/audit/verification").with(user(delegation))).andExpect(status().isForbidden());
    }

    @Test
    void theHeadOfSerbiaRunsTheChainCheck() throws Exception {
        mvc.perform(get("/audit/verification").with(user(demo("head.serbia")))).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("The audit log is intact").contains("Only the entries you may read are shown"));
    }
}
