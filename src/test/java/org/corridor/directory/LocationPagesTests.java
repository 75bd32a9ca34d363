package org.corridor.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.kernel.Ids;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Membership;
import org.corridor.accounts.Role;
import org.corridor.accounts.UserAccounts;
import org.corridor.audit.AuditEntry;
import org.corridor.audit.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@CorridorTest
class LocationPagesTests {

    static final String GEVGELIJA = "91fd43e1-2e92-41f5-8349-eea67eacccd7";
    static final String NORTH_MACEDONIA = "de065bc9-4d6c-4c5d-8bf4-8a7ec26d587b";

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Directory directory;

    @Autowired
    AuditLog audit;

    @Autowired
    DirectoryMaintenance maintenance;

    CorridorUser admin;
    CorridorUser officer;

    @BeforeEach
    void users() {
        admin = accounts.findByUsername("directory.locations.admin").orElseGet(() -> accounts.create("directory.locations.admin",
                "Location Admin", "long-enough-password", List.of(Membership.of(Role.ADMIN))));
        UUID skopje = region.operation("skopje");
        officer = accounts.findByUsername("directory.locations.officer").orElseGet(() -> accounts.create("directory.locations.officer",
                "Location Officer", "long-enough-password", List.of(new Membership(skopje, Role.OFFICER))));
    }

    @Test
    void findsGevgelijaByPartOfItsName() throws Exception {
        mvc.perform(get("/directory/locations").param("q", "gevg").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gevgelija–Idomeni border crossing")))
                .andExpect(content().string(containsString("MK-GEVGELIJA")))
                .andExpect(content().string(not(containsString("RS-PRESEVO"))));
    }

    @Test
    void searchIgnoresDiacritics() throws Exception {
        mvc.perform(get("/directory/locations").param("q", "presevo").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Preševo one-stop centre")));
    }

    @Test
    void filtersByKindAndCountry() throws Exception {
        mvc.perform(get("/directory/locations").param("kind", "BORDER_CROSSING").param("country", "rs")
                        .with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Horgoš–Röszke border crossing")))
                .andExpect(content().string(not(containsString("Gevgelija–Idomeni"))));
    }

    @Test
    void anUnknownKindIsExplainedNotAnError() throws Exception {
        mvc.perform(get("/directory/locations").param("kind", "CASTLE").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is no such kind. Choose one from the list.")));
    }

    @Test
    void longListsComeFiftyToAPage() throws Exception {
        UUID bulgaria = region.country("BG");
        for (int i = 1; i <= 55; i++) {
            maintenance.create(org.corridor.kernel.Actor.SYSTEM, new Location(Ids.newId(), "BG-PAGED-%02d".formatted(i), "Paged place %02d".formatted(i),
                    LocationKind.TOWN, bulgaria, 42.7, 23.3, null, 0));
        }

        mvc.perform(get("/directory/locations").param("country", "BG").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Page 1 of 2")))
                .andExpect(content().string(containsString("Paged place 50")))
                .andExpect(content().string(not(containsString("Paged place 51"))))
                .andExpect(content().string(containsString("href=\"/directory/locations?country=BG&amp;page=1\"")));
        mvc.perform(get("/directory/locations").param("country", "BG").param("page", "1").with(user(officer)))
                .andExpect(content().string(containsString("Paged place 55")))
                .andExpect(content().string(not(containsString("Paged place 50"))));
    }

    @Test
    void showsALocationsDetails() throws Exception {
        mvc.perform(get("/directory/locations/" + GEVGELIJA).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Gevgelija</h1>")))
                .andExpect(content().string(containsString("41.1403, 22.5028")))
                .andExpect(content().string(not(containsString("/edit"))));
    }

    @Test
    void anUnknownLocationIsNotFound() throws Exception {
        mvc.perform(get("/directory/locations/" + UUID.randomUUID()).with(user(officer)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAdministratorAddsALocationAndTheAuditLogKeepsIt() throws Exception {
        mvc.perform(get("/directory/locations/new").with(user(admin))).andExpect(status().isOk());

        String location = mvc.perform(saveNew("MK-BOGORODICA", "Bogorodica", "41.1500", "22.5300"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/directory/locations/*"))
                .andExpect(flash().attribute("notice", "directory.saved"))
                .andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        assertThat(directory.location(id)).hasValueSatisfying(l -> {
            assertThat(l.code()).isEqualTo("MK-BOGORODICA");
            assertThat(l.latitude()).isEqualTo(41.15);
        });
        List<AuditEntry> entries = audit.forRecord("location", id.toString());
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("CREATE");
            assertThat(e.actorName()).isEqualTo("directory.locations.admin");
            assertThat(e.before()).isNull();
            assertThat(e.after()).contains("MK-BOGORODICA");
        });
    }

    @Test
    void anAdministratorEditsALocationAndTheAuditLogHasBeforeAndAfter() throws Exception {
        UUID id = create("MK-DOJRAN", "Dojran");

        mvc.perform(get("/directory/locations/" + id + "/edit").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"MK-DOJRAN\"")));
        mvc.perform(edit(id, "0", "MK-DOJRAN", "Star Dojran", "41.1861", "22.7203"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "directory.saved"));

        assertThat(directory.location(id)).map(LocationSummary::name).contains("Star Dojran");
        List<AuditEntry> entries = audit.forRecord("location", id.toString());
        assertThat(entries).hasSize(2);
        assertThat(entries.get(1).action()).isEqualTo("UPDATE");
        assertThat(entries.get(1).before()).contains("\"Dojran\"").contains("\"version\":0");
        assertThat(entries.get(1).after()).contains("\"Star Dojran\"").contains("\"version\":1");
    }

    @Test
    void rejectsALocationWithoutANameAndSavesNothing() throws Exception {
        mvc.perform(saveNew("MK-NAMELESS", "", "41", "22"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter the name of the place.")));

        assertThat(directory.locationByCode("MK-NAMELESS")).isEmpty();
    }

    @Test
    void rejectsALatitudeBeyondThePole() throws Exception {
        mvc.perform(saveNew("MK-NORTH-POLE", "North of everything", "95", "22"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The latitude is between -90 and 90 degrees.")))
                .andExpect(content().string(containsString("href=\"#latitude\"")));

        assertThat(directory.locationByCode("MK-NORTH-POLE")).isEmpty();
    }

    @Test
    void rejectsCoordinatesThatAreNotNumbers() throws Exception {
        mvc.perform(saveNew("MK-WORDS", "Words", "forty-one", "22"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the latitude as a number")));

        assertThat(directory.locationByCode("MK-WORDS")).isEmpty();
    }

    @Test
    void rejectsACodeThatIsAlreadyInUse() throws Exception {
        mvc.perform(saveNew("mk-gevgelija", "Another Gevgelija", "41", "22"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Another place already has this code.")));

        assertThat(directory.locations()).filteredOn(l -> l.name().equals("Another Gevgelija")).isEmpty();
    }

    @Test
    void aStaleEditShowsTheCurrentVersionInsteadOfOverwritingIt() throws Exception {
        UUID id = create("MK-KUMANOVO", "Kumanovo");
        mvc.perform(edit(id, "0", "MK-KUMANOVO", "Kumanovo town", "42.1322", "21.7144"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(edit(id, "0", "MK-KUMANOVO", "Kumanovo (my edit)", "42.1322", "21.7144"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Someone else changed this location while you were editing; here is the current version.")))
                .andExpect(content().string(containsString("value=\"Kumanovo town\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));

        assertThat(directory.location(id)).map(LocationSummary::name).contains("Kumanovo town");
        assertThat(audit.forRecord("location", id.toString())).hasSize(2);
    }

    @Test
    void anOfficerMayNotOpenOrSubmitTheForms() throws Exception {
        mvc.perform(get("/directory/locations/new").with(user(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/directory/locations/" + GEVGELIJA + "/edit").with(user(officer)))
                .andExpect(status().isForbidden());
        mvc.perform(saveNew("MK-OFFICERS", "Officer's place", "41", "22").with(user(officer)))
                .andExpect(status().isForbidden());
        mvc.perform(edit(UUID.fromString(GEVGELIJA), "0", "MK-GEVGELIJA", "Renamed", "41", "22").with(user(officer)))
                .andExpect(status().isForbidden());

        assertThat(directory.locationByCode("MK-OFFICERS")).isEmpty();
        assertThat(directory.location(UUID.fromString(GEVGELIJA))).map(LocationSummary::name).contains("Gevgelija");
    }

    private UUID create(String code, String name) throws Exception {
        String location = mvc.perform(saveNew(code, name, "42", "21.5")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private MockHttpServletRequestBuilder saveNew(String code, String name, String latitude, String longitude) {
        return post("/directory/locations/new").with(user(admin)).with(csrf())
                .param("code", code).param("name", name).param("kind", "TOWN").param("countryId", NORTH_MACEDONIA)
                .param("latitude", latitude).param("longitude", longitude).param("description", "");
    }

    private MockHttpServletRequestBuilder edit(UUID id, String version, String code, String name, String latitude,
            String longitude) {
        return post("/directory/locations/" + id + "/edit").with(user(admin)).with(csrf())
                .param("version", version).param("code", code).param("name", name).param("kind", "TOWN")
                .param("countryId", NORTH_MACEDONIA).param("latitude", latitude).param("longitude", longitude);
    }
}
