package org.corridor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Membership;
import org.corridor.accounts.Role;
import org.corridor.accounts.UserAccounts;
import org.corridor.directory.Directory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboard and the navigation show each user only what they can use: no link that answers 403. */
@CorridorTest
class NavigationTests {

    private static final Pattern LINK = Pattern.compile("<a [^>]*href=\"(/[^\"#]*)\"");

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Directory directory;

    private final Map<String, CorridorUser> users = new LinkedHashMap<>();

    @BeforeEach
    void oneUserPerRole() {
        UUID skopje = region.operation("skopje");
        for (Role role : Role.values()) {
            String username = "nav." + role.name().toLowerCase().replace('_', '-');
            users.put(role.name(), accounts.findByUsername(username).orElseGet(() -> accounts.create(username, username,
                    "long-enough-password", List.of(new Membership(role.operationScoped() ? skopje : null, role)))));
        }
        users.put("NO_ROLE", accounts.findByUsername("nav.no-role")
                .orElseGet(() -> accounts.create("nav.no-role", "nav.no-role", "long-enough-password", List.of())));
    }

    private String dashboard(CorridorUser user) throws Exception {
        return mvc.perform(get("/").with(user(user))).andReturn().getResponse().getContentAsString();
    }

    @Test
    void noLinkOnTheDashboardOrInTheNavigationAnswers403ForAnyone() throws Exception {
        List<String> refused = new ArrayList<>();
        for (var entry : users.entrySet()) {
            Set<String> links = new LinkedHashSet<>();
            Matcher link = LINK.matcher(dashboard(entry.getValue()));
            while (link.find()) {
                links.add(link.group(1).replace("&amp;", "&"));
            }
            assertThat(links).as("links for " + entry.getKey()).contains("/", "/directory");
            for (String href : links) {
                int status = mvc.perform(get(href).with(user(entry.getValue()))).andReturn().getResponse().getStatus();
                if (status == 403 || status == 404 || status >= 500) {
                    refused.add(entry.getKey() + " → " + href + ": " + status);
                }
            }
        }
        assertThat(refused).as("links shown to someone who may not use them").isEmpty();
    }

    @Test
    void onlyRecordersSeeRecordAVisit() throws Exception {
        for (var entry : users.entrySet()) {
            boolean recorder = Set.of("OFFICER", "FOCAL_POINT").contains(entry.getKey());
            assertThat(dashboard(entry.getValue()).contains("href=\"/monitoring/visits/new\""))
                    .as("'Record a visit' for " + entry.getKey()).isEqualTo(recorder);
        }
    }

    @Test
    void delegationReadersAndAdministratorsWithoutMembershipsSeeNeitherIntensityNorSharing() throws Exception {
        for (String role : List.of("DELEGATION_READER", "ADMIN", "NO_ROLE")) {
            String page = dashboard(users.get(role));
            assertThat(page).as(role).doesNotContain("href=\"/monitoring/intensity\"", "href=\"/sharing\"",
                    "href=\"/monitoring/visits/new\"");
        }
        assertThat(dashboard(users.get("DELEGATION_READER"))).doesNotContain("href=\"/audit\"", "href=\"/admin/users\"");
        assertThat(dashboard(users.get("ADMIN"))).contains("href=\"/audit\"", "href=\"/admin/users\"");
        assertThat(dashboard(users.get("HEAD_OF_OPERATION"))).contains("href=\"/sharing\"", "href=\"/audit\"");
        assertThat(dashboard(users.get("REGIONAL_COORDINATOR"))).contains("href=\"/monitoring/intensity\"");
    }
}
