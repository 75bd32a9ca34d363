package org.corridor.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.audit.AuditEntry;
import org.corridor.audit.AuditLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The heads' sharing page: Montenegro's policy (so that other tests' operations keep their defaults), reset after
 * each test.
 */
@CorridorTest
class SharingPageTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Sharing sharing;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    UUID montenegro;
    UUID serbia;

    @BeforeEach
    void operations() {
        montenegro = region.operation("montenegro");
        serbia = region.operation("serbia");
    }

    @AfterEach
    void backToTheDefaults() {
        jdbc.sql("delete from sharing_policy where operation_id = :operation").param("operation", montenegro).update();
    }

    private CorridorUser account(String username, Membership... memberships) {
        return accounts.findByUsername(username).orElseGet(() -> accounts.create(username, username,
                "long-enough-password", List.of(memberships)));
    }

    private CorridorUser montenegroHead() {
        return account("sharing.head.me", new Membership(montenegro, Role.HEAD_OF_OPERATION));
    }

    /** Every choice of the form: figures at {@code figures}, every kind at its default but meetings at {@code meetings}. */
    private static MockHttpServletRequestBuilder save(String figures, String meetings, Object version) {
        MockHttpServletRequestBuilder request = post("/sharing/montenegro").with(csrf())
                .param("figuresLevel", figures).param("version", String.valueOf(version));
        for (RecordKind kind : RecordKind.values()) {
            request = request.param(kind.name(), kind == RecordKind.MEETING ? meetings : kind.defaultLevel().name());
        }
        return request;
    }

    /** The radio with this id is the one checked. */
    private static ResultMatcher checked(String id) {
        return result -> {
            Matcher input = Pattern.compile("<input[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>")
                    .matcher(result.getResponse().getContentAsString());
            assertThat(input.find()).as("a radio " + id).isTrue();
            assertThat(input.group()).as("radio " + id).contains("checked");
        };
    }

    @Test
    void aHeadSeesTheirOperationsFiguresLevelAndEachKindsDefaultWithWhatEachLevelMeans() throws Exception {
        mvc.perform(get("/sharing").with(user(montenegroHead())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/sharing/montenegro\"")))
                .andExpect(content().string(not(containsString("href=\"/sharing/serbia\""))));

        mvc.perform(get("/sharing/montenegro").with(user(montenegroHead())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Who reads the operation&#39;s figures")))
                .andExpect(checked("figuresLevel-OSCE"))
                .andExpect(checked("MONITORING_VISIT-OPERATION"))
                .andExpect(content().string(containsString("Monitoring visits")))
                .andExpect(content().string(containsString("Only the members of this field operation read it.")))
                .andExpect(content().string(containsString("the participating States&#39; delegations read it")));
    }

    @Test
    void aHeadChangesHowTheirOperationSharesAndTheChangeIsAuditedInTheOperation() throws Exception {
        // other tests may have changed Montenegro's policy before: the page's form carries the version it read
        mvc.perform(save("PARTICIPATING_STATES", "OSCE", version()).with(user(montenegroHead())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sharing/montenegro"));

        SharingPolicy policy = sharing.policyOf(montenegro);
        assertThat(policy.figuresLevel()).isEqualTo(DistributionLevel.PARTICIPATING_STATES);
        assertThat(sharing.defaultLevel(montenegro, RecordKind.MEETING)).isEqualTo(DistributionLevel.OSCE);
        assertThat(sharing.defaultLevel(montenegro, RecordKind.MONITORING_VISIT)).isEqualTo(DistributionLevel.OPERATION);
        assertThat(sharing.scopeOf(account("sharing.delegation", Membership.of(Role.DELEGATION_READER)))
                .mayReadFigures(montenegro)).as("a delegation reader now reads Montenegro's figures").isTrue();
        List<AuditEntry> audited = auditLog.forRecord("sharing_policy", montenegro.toString());
        assertThat(audited).last().satisfies(entry -> {
            assertThat(entry.operationId()).isEqualTo(montenegro);
            assertThat(entry.actorName()).isEqualTo("sharing.head.me");
            assertThat(entry.after()).contains("PARTICIPATING_STATES");
        });

        mvc.perform(get("/sharing/montenegro").with(user(montenegroHead())))
                .andExpect(checked("figuresLevel-PARTICIPATING_STATES"))
                .andExpect(checked("MEETING-OSCE"));
    }

    @Test
    void aStaleChangeIsRefusedWithAClearMessageAndTheHeadsChoicesKept() throws Exception {
        CorridorUser otherHead = account("sharing.head2.me", new Membership(montenegro, Role.HEAD_OF_OPERATION));
        long read = version();
        mvc.perform(save("PUBLIC", "OPERATION", read).with(user(otherHead))).andExpect(status().is3xxRedirection());

        mvc.perform(save("OPERATION", "PARTICIPATING_STATES", read).with(user(montenegroHead())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed these choices")))
                .andExpect(content().string(containsString("Saved meanwhile: Public")))
                .andExpect(checked("figuresLevel-OPERATION"))
                .andExpect(checked("MEETING-PARTICIPATING_STATES"))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + (read + 1) + "\"")));
        assertThat(sharing.policyOf(montenegro).figuresLevel()).as("the other head's change stands")
                .isEqualTo(DistributionLevel.PUBLIC);

        mvc.perform(save("OPERATION", "PARTICIPATING_STATES", read + 1).with(user(montenegroHead())))
                .andExpect(status().is3xxRedirection());
        assertThat(sharing.policyOf(montenegro).figuresLevel()).as("saved again over it, knowingly")
                .isEqualTo(DistributionLevel.OPERATION);
    }

    @Test
    void aMissingOrUnknownChoiceIsListedInTheErrorSummaryAndNothingIsSaved() throws Exception {
        mvc.perform(save("EVERYONE", "", version()).with(user(montenegroHead())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#figuresLevel\"")))
                .andExpect(content().string(containsString("Choose who reads the operation&#39;s figures.")))
                .andExpect(content().string(containsString("href=\"#MEETING\"")));
        mvc.perform(post("/sharing/montenegro").with(csrf()).with(user(montenegroHead())).param("version", "not a number"))
                .andExpect(status().isOk());
        mvc.perform(save("OSCE", "OSCE", "x").with(user(montenegroHead())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed these choices")));

        assertThat(sharing.policyOf(montenegro).version()).isZero();
    }

    @Test
    void onlyTheOperationsHeadsFindItsSharingPage() throws Exception {
        CorridorUser serbiaHead = account("sharing.head.rs", new Membership(serbia, Role.HEAD_OF_OPERATION));
        CorridorUser montenegroFocal = account("sharing.focal.me", new Membership(montenegro, Role.FOCAL_POINT));
        CorridorUser admin = account("sharing.admin", Membership.of(Role.ADMIN));
        CorridorUser coordinator = account("sharing.coordinator", Membership.of(Role.REGIONAL_COORDINATOR));

        for (CorridorUser other : List.of(serbiaHead, montenegroFocal, admin, coordinator)) {
            mvc.perform(get("/sharing/montenegro").with(user(other))).andExpect(status().isNotFound());
            mvc.perform(save("PUBLIC", "PUBLIC", 0).with(user(other))).andExpect(status().isNotFound());
        }
        for (CorridorUser notAHead : List.of(montenegroFocal, admin, coordinator)) {
            mvc.perform(get("/sharing").with(user(notAHead))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/sharing/atlantis").with(user(montenegroHead()))).andExpect(status().isNotFound());

        assertThat(sharing.policyOf(montenegro)).isEqualTo(SharingPolicy.defaults(montenegro));
    }

    @Test
    void onlyHeadsSeeTheSharingLink() throws Exception {
        mvc.perform(get("/").with(user(montenegroHead())))
                .andExpect(content().string(containsString("href=\"/sharing\"")));
        for (CorridorUser notAHead : List.of(account("sharing.officer.me", new Membership(montenegro, Role.OFFICER)),
                account("sharing.admin2", Membership.of(Role.ADMIN)),
                account("sharing.delegation2", Membership.of(Role.DELEGATION_READER)))) {
            mvc.perform(get("/").with(user(notAHead)))
                    .andExpect(content().string(not(containsString("href=\"/sharing\""))));
        }
    }

    private long version() {
        return sharing.policyOf(montenegro).version();
    }

    /** Other test classes share this database: Montenegro shares as it did before each test. */
    @org.junit.jupiter.api.AfterEach
    void montenegroSharesByDefaultAgain() {
        SharingPolicy now = sharing.policyOf(montenegro);
        SharingPolicy defaults = SharingPolicy.defaults(montenegro);
        if (!now.figuresLevel().equals(defaults.figuresLevel()) || !now.defaultLevels().equals(defaults.defaultLevels())) {
            sharing.change(montenegroHead(), new SharingPolicy(montenegro, defaults.figuresLevel(), java.util.Map.of(),
                    now.version()));
        }
    }
}
