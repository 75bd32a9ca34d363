package org.corridor.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Role;
import org.corridor.kernel.Actor;
import org.corridor.kernel.RecordRejected;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each person's alert e-mails: the default, the page's form and the API, and the administrators' outbox page. */
@CorridorTest
class AlertSubscriptionTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RegionFixture region;

    @Autowired
    AlertSubscriptions subscriptions;

    @Autowired
    Alerts alerts;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    UUID skopje;
    UUID serbia;
    CorridorUser officer;

    @BeforeEach
    void officerOfSkopje() {
        skopje = region.operation("skopje");
        serbia = region.operation("serbia");
        officer = region.user("subs", "Skopje officer", Role.OFFICER, skopje);
    }

    @Test
    void aNewPersonFollowsEveryKindOfTheirOwnOperationsAndTheCoordinatorEveryOperation() {
        AlertSubscription own = subscriptions.of(officer);
        assertThat(own.chosen()).isFalse();
        assertThat(own.kinds()).containsExactly(AlertKind.values());
        assertThat(own.operationIds()).containsExactly(skopje);
        assertThat(own.delivery()).isEqualTo(AlertDelivery.IMMEDIATELY);
        assertThat(own.sentTo()).isNull(); // no address given, none derived in this context: nothing is sent

        CorridorUser coordinator = region.user("subs", "Coordinator", Role.REGIONAL_COORDINATOR, null);
        assertThat(subscriptions.of(coordinator).operationIds()).contains(skopje, serbia, region.operation("albania"));
    }

    @Test
    void refusesAnOperationWhoseAlertsThePersonDoesNotFollowAndWantsWhatMailNeeds() {
        RecordRejected refused = org.assertj.core.api.Assertions.catchThrowableOfType(RecordRejected.class,
                () -> subscriptions.change(officer, new AlertSubscriptionChange(List.of(), List.of(serbia),
                        AlertDelivery.IMMEDIATELY, "not an address")));
        assertThat(refused.problems()).extracting(p -> p.field() + ":" + p.code()).containsExactlyInAnyOrder(
                "email:alertMail.error.email", "operationIds:alertMail.error.operation", "kinds:alertMail.error.noKind");

        RecordRejected noAddress = org.assertj.core.api.Assertions.catchThrowableOfType(RecordRejected.class,
                () -> subscriptions.change(officer, new AlertSubscriptionChange(List.of(AlertKind.ROUTE_SHIFT),
                        List.of(skopje), AlertDelivery.DAILY_DIGEST, " ")));
        assertThat(noAddress.problems()).extracting(p -> p.field() + ":" + p.code())
                .containsExactly("email:alertMail.error.noAddress");

        // No e-mail at all needs nothing else.
        AlertSubscription none = subscriptions.change(officer, new AlertSubscriptionChange(List.of(), List.of(),
                AlertDelivery.NONE, null));
        assertThat(none.delivery()).isEqualTo(AlertDelivery.NONE);
        assertThat(none.chosen()).isTrue();
    }

    @Test
    void thePageSavesAChoiceAndShowsIt() throws Exception {
        String page = mvc.perform(get("/alerts/subscription").with(user(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Alert e-mails").contains("value=\"" + skopje + "\"")
                .doesNotContain("value=\"" + serbia + "\"").contains("href=\"/alerts/subscription\"");

        mvc.perform(post("/alerts/subscription").with(user(officer)).with(csrf())
                        .param("delivery", "DAILY_DIGEST").param("email", "skopje.officer@example.org")
                        .param("kinds", "ROUTE_SHIFT", "ROUTE_CLOSURE").param("operationIds", skopje.toString()))
                .andExpect(redirectedUrl("/alerts/subscription")).andExpect(flash().attribute("flashSaved", true));

        AlertSubscription saved = subscriptions.of(officer);
        assertThat(saved.delivery()).isEqualTo(AlertDelivery.DAILY_DIGEST);
        assertThat(saved.kinds()).containsExactly(AlertKind.ROUTE_SHIFT, AlertKind.ROUTE_CLOSURE);
        assertThat(saved.sentTo()).isEqualTo("skopje.officer@example.org");
        String again = mvc.perform(get("/alerts/subscription").with(user(officer))).andReturn().getResponse()
                .getContentAsString();
        assertThat(again).contains("value=\"skopje.officer@example.org\"")
                .containsPattern("id=\"delivery-DAILY_DIGEST\"[^>]*checked");
    }

    @Test
    void thePageListsEachProblemAtTheTopAndBesideItsField() throws Exception {
        String page = mvc.perform(post("/alerts/subscription").with(user(officer)).with(csrf())
                        .param("delivery", "IMMEDIATELY").param("email", "officer-at-example.org")
                        .param("operationIds", serbia.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("class=\"error-summary\"")
                .contains("href=\"#email\"").contains("Enter an e-mail address in the correct format")
                .contains("href=\"#kinds\"").contains("Choose at least one kind of alert")
                .contains("href=\"#operationIds\"").contains("You do not follow the alerts of OSCE Mission to Serbia")
                .contains("value=\"officer-at-example.org\""); // what was typed is kept
        assertThat(page.split("Enter an e-mail address in the correct format", -1)).hasSize(3); // top and field
        assertThat(subscriptions.of(officer).chosen()).isFalse();
    }

    @Test
    void theApiReadsAndChangesTheCallersOwnSubscriptionAndRefusesAnUnfollowedOperation() throws Exception {
        String bearer = region.bearer(officer);
        JsonNode read = JSON.readTree(mvc.perform(get("/api/v1/alerts/subscription").header("Authorization", bearer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(read.get("delivery").asString()).isEqualTo("IMMEDIATELY");
        assertThat(read.get("operationIds").get(0).asString()).isEqualTo(skopje.toString());

        String refused = mvc.perform(put("/api/v1/alerts/subscription").header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kinds":["ROUTE_SHIFT"],"operationIds":["%s"],"delivery":"IMMEDIATELY",
                                 "email":"officer@example.org"}""".formatted(serbia)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("operationIds").contains("You do not follow the alerts of OSCE Mission to Serbia");

        mvc.perform(put("/api/v1/alerts/subscription").header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"delivery\":\"SOMETIMES\"}"))
                .andExpect(status().isBadRequest());

        JsonNode changed = JSON.readTree(mvc.perform(put("/api/v1/alerts/subscription")
                        .header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON).content("""
                                {"kinds":["ACTION_POINT_DUE","ACTION_POINT_OVERDUE"],"operationIds":["%s"],
                                 "delivery":"IMMEDIATELY","email":"officer@example.org"}""".formatted(skopje)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(changed.get("sentTo").asString()).isEqualTo("officer@example.org");
        assertThat(subscriptions.of(officer).kinds())
                .containsExactly(AlertKind.ACTION_POINT_DUE, AlertKind.ACTION_POINT_OVERDUE);
    }

    @Test
    void theOutboxIsReadByAdministratorsOnly() throws Exception {
        subscriptions.change(officer, new AlertSubscriptionChange(List.of(AlertKind.values()), List.of(skopje),
                AlertDelivery.IMMEDIATELY, "outbox.reader@example.org"));
        UUID id = alerts.raise(Actor.SYSTEM, NewAlert.aboutFigures(AlertKind.ROUTE_SHIFT, skopje, null,
                region.place("MK-GEVGELIJA"), "outbox-test:" + UUID.randomUUID(), LocalDate.of(2016, 3, 7),
                LocalDate.of(2016, 3, 13), Map.of(), "The flow at Gevgelija fell by 98 %.", List.of(skopje)))
                .orElseThrow();
        UUID mail = jdbc.sql("select id from alert_mail_outbox where alert_id = :alert and recipient_id = :user")
                .param("alert", id).param("user", officer.id()).query(UUID.class).single();
        CorridorUser admin = region.user("subs", "Administrator", Role.ADMIN, null);

        String list = mvc.perform(get("/admin/outbox").param("state", "PENDING").with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("outbox.reader@example.org").contains("/admin/outbox/" + mail);
        String one = mvc.perform(get("/admin/outbox/" + mail).with(user(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(one).contains("The flow at Gevgelija fell by 98 %.").contains("/alerts/" + id)
                .contains("Waiting; next attempt");

        mvc.perform(get("/admin/outbox").with(user(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/outbox/" + mail).with(user(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/outbox/" + UUID.randomUUID()).with(user(admin))).andExpect(status().isNotFound());
    }
}
