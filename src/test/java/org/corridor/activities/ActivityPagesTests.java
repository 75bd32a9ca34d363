package org.corridor.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Role;
import org.corridor.accounts.UserAccounts;
import org.corridor.activities.Activities;
import org.corridor.activities.Activity;
import org.corridor.activities.ActivityDraft;
import org.corridor.activities.ActivityKind;
import org.corridor.activities.ActivityStatus;
import org.corridor.activities.CapacityEvent;
import org.corridor.activities.CapacityEventDraft;
import org.corridor.activities.TargetGroup;
import org.corridor.directory.Dimension;
import org.corridor.directory.ResponseArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The activity pages and API: list and search, form with its error summary, matrix, exports, ETags, and
 * the form that records an activity's capacity-building events.
 */
@CorridorTest
class ActivityPagesTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Activities activities;

    UUID skopje;
    CorridorUser officer;
    String word;

    @BeforeEach
    void officerOfSkopje() {
        skopje = region.operation("skopje");
        // Letters only, of one length, so that no test's word is the start of another's (search matches prefixes).
        word = "zq" + RegionFixture.tag();
        officer = region.user("actpage", "Pages", Role.OFFICER, skopje);
    }

    Activity activity(String title) {
        return activities.create(officer, new ActivityDraft(skopje, title, null, ResponseArea.AWARENESS_RAISING,
                Set.of(Dimension.HUMAN), ActivityKind.PROJECT, null, null, null, ActivityStatus.ONGOING,
                LocalDate.parse("2016-01-01"), null, null, null, null, null));
    }

    @Test
    void listFindsActivitiesByWordAndLinksToThem() throws Exception {
        Activity a = activity("Titulli " + word);

        String page = mvc.perform(get("/activities").param("q", word).with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Titulli " + word).contains("/activities/" + a.id());
        assertThat(mvc.perform(get("/activities/" + a.id()).with(user(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Awareness raising");
    }

    @Test
    void activityPageNamesItsLocations() throws Exception {
        UUID camp = region.place("MK-GEVGELIJA-TC");
        Activity a = activities.create(officer, new ActivityDraft(skopje, "Child corner " + word, null,
                ResponseArea.AWARENESS_RAISING, Set.of(Dimension.HUMAN), ActivityKind.PROJECT, null, null, null,
                ActivityStatus.ONGOING, LocalDate.parse("2016-01-01"), null, List.of(camp), null, null, null));

        String page = mvc.perform(get("/activities/" + a.id()).with(user(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Vinojug transit centre");
    }

    @Test
    void formShowsAnErrorSummaryAndKeepsWhatWasTyped() throws Exception {
        String page = mvc.perform(post("/activities/new").with(user(officer)).with(csrf())
                        .param("operationId", skopje.toString()).param("title", "Conference " + word)
                        .param("startsOn", "2016-06-01").param("endsOn", "2016-05-01").param("status", "PLANNED"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("error-summary").contains("href=\"#endsOn\"").contains("href=\"#dimensions\"")
                .contains("Conference " + word).contains("The last day is before the first day");
    }

    @Test
    void formSaysADateIsNoDateBesideItAndKeepsWhatWasTyped() throws Exception {
        String page = mvc.perform(post("/activities/new").with(user(officer)).with(csrf())
                        .param("operationId", skopje.toString()).param("title", "Conference " + word)
                        .param("startsOn", "2016-02-30").param("endsOn", "1899-12-31").param("status", "PLANNED"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Enter a real date as year-month-day").contains("value=\"2016-02-30\"")
                .contains("Enter a date from");
    }

    @Test
    void eventFormSaysADateIsNoDateBesideIt() throws Exception {
        Activity a = activity("Event dates " + word);
        String page = mvc.perform(post("/activities/" + a.id() + "/capacity-events/new").with(user(officer))
                        .with(csrf()).param("topic", "Training " + word).param("startsOn", "10 March"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Enter a real date as year-month-day").contains("value=\"10 March\"");
    }

    @Test
    void formSavesAnActivityWithPartnersByAcronym() throws Exception {
        mvc.perform(post("/activities/new").with(user(officer)).with(csrf())
                        .param("operationId", skopje.toString()).param("title", "Banja Luka " + word)
                        .param("responseArea", "REPORTING_AND_LIAISON").param("dimensions", "HUMAN", "POLITICO_MILITARY")
                        .param("kind", "NON_PROJECT").param("status", "COMPLETED").param("startsOn", "2016-04-01")
                        .param("partners", "UNHCR SUPPORTING\nIOM IMPLEMENTING"))
                .andExpect(status().is3xxRedirection());

        var saved = activities.list(officer, new org.corridor.activities.ActivityFilter(skopje, null, null, null, null,
                null, null, word), 0, 5).items();
        assertThat(saved).singleElement().satisfies(a -> {
            assertThat(a.partners()).hasSize(2);
            assertThat(a.dimensions()).containsExactlyInAnyOrder(Dimension.HUMAN, Dimension.POLITICO_MILITARY);
        });
    }

    @Test
    void formRecordsRegularWorkOutsideTheResponseWhichTheListMarksAndAMatrixCellsListLeavesOut() throws Exception {
        String form = mvc.perform(get("/activities/new").with(user(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Part of the migration response?")
                .containsPattern("id=\"migrationResponse-yes\" value=\"true\"[^>]*checked");
        mvc.perform(post("/activities/new").with(user(officer)).with(csrf())
                        .param("operationId", skopje.toString()).param("title", "Returnees " + word)
                        .param("responseArea", "AWARENESS_RAISING").param("migrationResponse", "false")
                        .param("dimensions", "HUMAN").param("kind", "NON_PROJECT").param("status", "ONGOING")
                        .param("startsOn", "2016-02-01"))
                .andExpect(status().is3xxRedirection());
        Activity saved = activities.list(officer, new org.corridor.activities.ActivityFilter(skopje, null, null, null,
                null, null, null, word), 0, 5).items().get(0);
        assertThat(saved.migrationResponse()).isFalse();

        String list = mvc.perform(get("/activities").param("q", word).with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("title=\"No, regular work outside the migration response\">Regular work</span>");
        String cell = mvc.perform(get("/activities").param("operation", skopje.toString())
                        .param("area", "AWARENESS_RAISING").param("status", "NOT_CANCELLED").param("response", "true")
                        .param("q", word).with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(cell).doesNotContain("/activities/" + saved.id());
        String edit = mvc.perform(get("/activities/" + saved.id() + "/edit").with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(edit).containsPattern("id=\"migrationResponse-no\" value=\"false\"[^>]*checked");
    }

    @Test
    void matrixMarksGapsAndLinksToTheActivitiesOfACell() throws Exception {
        activity("Matrix " + word);

        String page = mvc.perform(get("/activities/matrix").param("from", "2016-01-01").param("to", "2016-12-31")
                .with(user(officer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("class=\"numeric gap\"").contains("operation=" + skopje + "&amp;area=AWARENESS_RAISING");
    }

    @Test
    void theListAMatrixCellOpensLeavesOutTheCancelledActivitiesItDoesNotCount() throws Exception {
        Activity running = activity("Counted " + word);
        Activity cancelled = activities.create(officer, new ActivityDraft(skopje, "Called off " + word, null,
                ResponseArea.AWARENESS_RAISING, Set.of(Dimension.HUMAN), ActivityKind.PROJECT, null, null, null,
                ActivityStatus.CANCELLED, LocalDate.parse("2016-01-01"), null, null, null, null, null));

        String matrix = mvc.perform(get("/activities/matrix").param("from", "2016-01-01").param("to", "2016-12-31")
                .with(user(officer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(matrix).contains("area=AWARENESS_RAISING&amp;status=NOT_CANCELLED&amp;response=true&amp;from=2016-01-01");

        String list = mvc.perform(get("/activities").param("operation", skopje.toString())
                        .param("area", "AWARENESS_RAISING").param("status", "NOT_CANCELLED").param("q", word)
                        .with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("/activities/" + running.id()).doesNotContain("/activities/" + cancelled.id())
                .contains("<option value=\"NOT_CANCELLED\" selected=\"selected\">All but cancelled</option>");
    }

    @Test
    void matrixCellsSayWhatTheyCountToThoseWhoHearThePage() throws Exception {
        activity("Spoken " + word);

        String page = mvc.perform(get("/activities/matrix").param("from", "2016-01-01").param("to", "2016-12-31")
                .with(user(officer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).containsPattern("\\d+ activit(y|ies) of OSCE Mission to Skopje in Awareness raising")
                .contains("Gap: no activity of OSCE Mission to Serbia in");
    }

    @Test
    void anEmptySearchSaysHowToFindMore() throws Exception {
        String page = mvc.perform(get("/activities").param("q", word + "nothing").with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Remove a filter or widen the period").contains("Show all activities");
    }

    @Test
    void filtersShowTheValuesTheyWereGivenOnTheListTheMatrixAndTheTotals() throws Exception {
        String list = mvc.perform(get("/activities").param("area", "RESEARCH").param("status", "ONGOING")
                        .param("from", "2016-01-01").param("q", word).with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String matrix = mvc.perform(get("/activities/matrix").param("dimension", "HUMAN").param("to", "2016-06-30")
                .with(user(officer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String totals = mvc.perform(get("/activities/capacity").param("operation", skopje.toString())
                .param("from", "2016-02-01").with(user(officer))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(list).contains("value=\"RESEARCH\" selected=\"selected\"", "value=\"ONGOING\" selected=\"selected\"",
                "value=\"2016-01-01\"", "value=\"" + word + "\"");
        assertThat(matrix).contains("value=\"HUMAN\" selected=\"selected\"", "value=\"2016-06-30\"");
        assertThat(totals).contains("value=\"" + skopje + "\" selected=\"selected\"", "value=\"2016-02-01\"");
    }

    @Test
    void exportsWhatTheFilterShowsAsCsvAndXlsx() throws Exception {
        activity("Export " + word);

        String csv = mvc.perform(get("/activities.csv").param("q", word).with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().count()).isEqualTo(2);
        assertThat(csv).contains("Export " + word);
        mvc.perform(get("/activities.xlsx").param("q", word).with(user(officer))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/vnd.openxml")));
    }

    @Test
    void apiRefusesAStaleUpdateAndListsBadFields() throws Exception {
        Activity a = activity("Api " + word);
        String token = accounts.createToken(officer.id(), "test").secret();
        String json = """
                {"operationId":"%s","title":"Api %s","responseArea":"RESEARCH","dimensions":["HUMAN"],"kind":"PROJECT",
                 "status":"PLANNED","startsOn":"2016-01-04"}""".formatted(skopje, word);

        mvc.perform(put("/api/v1/activities/" + a.id()).header("Authorization", "Bearer " + token)
                .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(put("/api/v1/activities/" + a.id()).header("Authorization", "Bearer " + token)
                .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isPreconditionFailed());
        String problem = mvc.perform(post("/api/v1/activities").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"operationId\":\"" + skopje + "\"}"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(problem).contains("\"field\":\"title\"").contains("\"field\":\"startsOn\"");
    }

    // ---- the capacity-building event form -------------------------------------------------------

    CapacityEvent event(Activity activity, String topic) {
        return activities.createEvent(officer, new CapacityEventDraft(activity.id(), LocalDate.parse("2016-03-10"),
                null, null, null, topic, List.of(CapacityEventDraft.Participants.of(TargetGroup.JUDGES, 20, 18))));
    }

    String eventForm(Activity activity, String... params) throws Exception {
        var request = post("/activities/" + activity.id() + "/capacity-events/new").with(user(officer)).with(csrf())
                .param("topic", "Referral of victims " + word).param("startsOn", "2016-03-10");
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void eventFormSavesParticipantsPerGroupAndTheActivityListsThem() throws Exception {
        Activity a = activity("Trainings " + word);

        mvc.perform(post("/activities/" + a.id() + "/capacity-events/new").with(user(officer)).with(csrf())
                        .param("topic", "Referral of victims " + word).param("startsOn", "2016-03-10")
                        .param("endsOn", "2016-03-11").param("place", "Hotel Bristol")
                        .param("participants[POLICE].target", "25").param("participants[POLICE].achieved", "22")
                        .param("participants[POLICE].achievedWomen", "9").param("participants[POLICE].achievedMen", "13")
                        .param("participants[SOCIAL_WORKERS].achieved", "1 200"))
                .andExpect(status().is3xxRedirection());

        assertThat(activities.events(officer, a.id())).singleElement().satisfies(e -> {
            assertThat(e.endsOn()).isEqualTo(LocalDate.parse("2016-03-11"));
            assertThat(e.participants()).extracting(CapacityEventDraft.Participants::group)
                    .containsExactly(TargetGroup.POLICE, TargetGroup.SOCIAL_WORKERS);
        });
        String page = mvc.perform(get("/activities/" + a.id()).with(user(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Referral of victims " + word).contains("Police: 22 of 25 (9 women, 13 men)")
                .contains("Social workers: 1,200 of —").contains("Hotel Bristol");
    }

    @Test
    void eventFormRejectsANegativeCountBesideItsGroupAndKeepsWhatWasTyped() throws Exception {
        Activity a = activity("Negative " + word);

        String page = eventForm(a, "participants[JUDGES].target", "30", "participants[JUDGES].achieved", "-3");

        assertThat(page).contains("error-summary").contains("href=\"#JUDGES-achieved\"")
                .contains("id=\"JUDGES-achieved-error\">Judges: achieved, total – Enter a whole number, 0 or more.")
                .contains("value=\"-3\"").contains("Referral of victims " + word);
        assertThat(activities.events(officer, a.id())).isEmpty();
    }

    @Test
    void eventFormRejectsAnEventEndingBeforeItStarts() throws Exception {
        Activity a = activity("Backwards " + word);

        String page = eventForm(a, "endsOn", "2016-03-01", "participants[LAWYERS].achieved", "12");

        assertThat(page).contains("href=\"#endsOn\"").contains("The last day is before the first day");
        assertThat(activities.events(officer, a.id())).isEmpty();
    }

    @Test
    void eventFormRejectsWomenAndMenAddingUpToMoreThanTheTotalAndWordsForNumbers() throws Exception {
        Activity a = activity("Sexes " + word);

        String page = eventForm(a, "participants[PROSECUTORS].achieved", "10",
                "participants[PROSECUTORS].achievedWomen", "6", "participants[PROSECUTORS].achievedMen", "7",
                "participants[OFFICIALS].target", "ten");

        assertThat(page).contains("href=\"#PROSECUTORS-achieved\"").contains("Women and men add up to more than the total")
                .contains("href=\"#OFFICIALS-target\"").contains("Enter a whole number.");
    }

    @Test
    void eventFormKeepsAWordTypedForANumberBesideItsProblemAndReadsThousandsWithACommaAsANumber() throws Exception {
        Activity a = activity("Typed numbers " + word);

        String page = eventForm(a, "participants[BORDER_POLICE].achieved", "twelve",
                "participants[JUDGES].achieved", "1,200", "participants[JUDGES].achievedWomen", "1,300");

        assertThat(page).contains("href=\"#BORDER_POLICE-achieved\"")
                .contains("id=\"BORDER_POLICE-achieved-error\">Border police: achieved, total – Enter a whole number.")
                .containsPattern("id=\"BORDER_POLICE-achieved\"[^>]*value=\"twelve\"")
                .containsPattern("id=\"JUDGES-achieved\"[^>]*value=\"1200\"")
                .containsPattern("id=\"JUDGES-achievedWomen\"[^>]*value=\"1300\"");
        assertThat(activities.events(officer, a.id())).isEmpty();
    }

    @Test
    void formTakesAChoiceThatIsNoneOfItsOwnAsNotChosen() throws Exception {
        String page = mvc.perform(post("/activities/new").with(user(officer)).with(csrf())
                        .param("operationId", skopje.toString()).param("title", "Unknown area " + word)
                        .param("responseArea", "NO_SUCH_AREA").param("dimensions", "HUMAN").param("kind", "PROJECT")
                        .param("status", "PLANNED").param("startsOn", "2016-02-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("href=\"#responseArea\"").doesNotContain("href=\"#kind\"")
                .contains("Unknown area " + word);
    }

    @Test
    void eventFormRefusesAStaleEditAndShowsTheEventAsItIsNow() throws Exception {
        Activity a = activity("Stale " + word);
        CapacityEvent e = event(a, "First topic " + word);
        activities.updateEvent(officer, e.id(), e.version(), new CapacityEventDraft(a.id(), e.startsOn(), null, null,
                null, "Changed meanwhile " + word, e.participants()));

        String page = mvc.perform(post("/activities/" + a.id() + "/capacity-events/" + e.id() + "/edit")
                        .with(user(officer)).with(csrf()).param("version", String.valueOf(e.version()))
                        .param("topic", "Overwritten " + word).param("startsOn", "2016-03-10")
                        .param("participants[JUDGES].achieved", "1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Someone changed this event while you were editing it")
                .contains("Changed meanwhile " + word).doesNotContain("value=\"Overwritten");
        assertThat(activities.findEvent(officer, e.id()).orElseThrow().topic()).isEqualTo("Changed meanwhile " + word);
    }

    @Test
    void eventFormChangesAnEventOfItsVersion() throws Exception {
        Activity a = activity("Change " + word);
        CapacityEvent e = event(a, "Before " + word);

        String form = mvc.perform(get("/activities/" + a.id() + "/capacity-events/" + e.id() + "/edit")
                .with(user(officer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"Before " + word + "\"").contains("name=\"participants[JUDGES].target\"");
        mvc.perform(post("/activities/" + a.id() + "/capacity-events/" + e.id() + "/edit").with(user(officer))
                        .with(csrf()).param("version", String.valueOf(e.version())).param("topic", "After " + word)
                        .param("startsOn", "2016-03-10").param("participants[JUDGES].target", "20")
                        .param("participants[JUDGES].achieved", "19"))
                .andExpect(status().is3xxRedirection());

        CapacityEvent after = activities.findEvent(officer, e.id()).orElseThrow();
        assertThat(after.topic()).isEqualTo("After " + word);
        assertThat(after.participants()).singleElement().extracting(CapacityEventDraft.Participants::achieved)
                .isEqualTo(19);
    }

    @Test
    void aMemberOfAnotherOperationNeitherSeesNorChangesTheEvents() throws Exception {
        Activity a = activity("Hidden " + word);
        CapacityEvent e = event(a, "Internal " + word);
        CorridorUser serbian = region.user("actpage.serbia", "Serbia", Role.FOCAL_POINT, region.operation("serbia"));

        mvc.perform(get("/activities/" + a.id() + "/capacity-events/new").with(user(serbian)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/activities/" + a.id() + "/capacity-events/" + e.id() + "/edit").with(user(serbian))
                        .with(csrf()).param("version", "0").param("topic", "Taken over").param("startsOn", "2016-03-10"))
                .andExpect(status().isNotFound());
        assertThat(activities.findEvent(officer, e.id()).orElseThrow().topic()).isEqualTo("Internal " + word);
    }

    @Test
    void aViewerOfTheOperationReadsTheEventsButIsOfferedNoFormAndRefusedOne() throws Exception {
        Activity a = activity("Viewer " + word);
        event(a, "Seen " + word);
        CorridorUser viewer = region.user("actpage.viewer", "Viewer", Role.VIEWER, skopje);

        String page = mvc.perform(get("/activities/" + a.id()).with(user(viewer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Seen " + word).doesNotContain("/capacity-events/new");
        mvc.perform(post("/activities/" + a.id() + "/capacity-events/new").with(user(viewer)).with(csrf())
                        .param("topic", "Not mine").param("startsOn", "2016-03-10"))
                .andExpect(status().isForbidden());
        assertThat(activities.events(viewer, a.id())).hasSize(1);
    }
}
