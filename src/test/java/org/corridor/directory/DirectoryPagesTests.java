package org.corridor.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
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

/** The directory's pages other than the locations': reading for everyone, editing for administrators. */
@CorridorTest
class DirectoryPagesTests {

    static final String KOSOVO = "4c4ec342-f436-4440-a31f-fde473973ea1";
    static final String SERBIA = "0b8b7de1-3e67-4af1-8ee0-5f5479729146";
    static final String UNHCR = "783234c2-74cb-4153-8c09-cb6ebadc16b0";
    static final String SKOPJE_HEAD_OFFICE = "b4250620-2b5d-4993-8d2d-804a830ca54a";

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

    CorridorUser admin;
    CorridorUser officer;
    UUID skopje;

    @BeforeEach
    void users() {
        skopje = region.operation("skopje");
        admin = accounts.findByUsername("directory.admin").orElseGet(() -> accounts.create("directory.admin",
                "Pages Admin", "long-enough-password", List.of(Membership.of(Role.ADMIN))));
        officer = accounts.findByUsername("directory.officer").orElseGet(() -> accounts.create("directory.officer",
                "Pages Officer", "long-enough-password", List.of(new Membership(skopje, Role.OFFICER))));
    }

    @Test
    void theIndexCountsEachSection() throws Exception {
        mvc.perform(get("/directory").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/directory/locations\"")))
                .andExpect(content().string(containsString("7 response areas in 3 OSCE dimensions")))
                .andExpect(content().string(containsString("8 of them on the route")));
    }

    @Test
    void listsTheFieldOperations() throws Exception {
        mvc.perform(get("/directory/operations").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("OSCE Presence in Albania")))
                .andExpect(content().string(containsString("OSCE Mission in Kosovo")))
                .andExpect(content().string(containsString("class=\"table-scroll\"")));
    }

    @Test
    void anOperationShowsItsHostCountryHeadOfficeAndOfficesWithCoordinates() throws Exception {
        mvc.perform(get("/directory/operations/" + skopje).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("North Macedonia")))
                .andExpect(content().string(containsString("Head Office Skopje")))
                .andExpect(content().string(containsString("Gevgelija Office")))
                .andExpect(content().string(containsString("41.1403, 22.5028")))
                .andExpect(content().string(not(containsString("/edit"))));
        mvc.perform(get("/directory/operations/" + skopje).with(user(admin)))
                .andExpect(content().string(containsString("/directory/operations/" + skopje + "/edit")))
                .andExpect(content().string(containsString("/directory/operations/" + skopje + "/offices/new")));
    }

    @Test
    void kosovoCarriesTheCodeXk() throws Exception {
        mvc.perform(get("/directory/countries").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<code>XK</code>")));
        mvc.perform(get("/directory/countries/" + KOSOVO).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Kosovo</h1>")))
                .andExpect(content().string(containsString("<code>XK</code>")))
                .andExpect(content().string(containsString("OSCE Mission in Kosovo")));
    }

    @Test
    void findsOrganisationsByAcronymAndKind() throws Exception {
        mvc.perform(get("/directory/organisations").param("q", "myla").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Macedonian Young Lawyers Association")))
                .andExpect(content().string(not(containsString("Save the Children"))));
        mvc.perform(get("/directory/organisations").param("kind", "UN_AGENCY").with(user(officer)))
                .andExpect(content().string(containsString("UNICEF")))
                .andExpect(content().string(not(containsString("Belgrade Centre for Human Rights"))));
        mvc.perform(get("/directory/organisations/" + UNHCR).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Office of the United Nations High Commissioner for Refugees")));
    }

    @Test
    void explainsTheResponseAreasAndDimensions() throws Exception {
        mvc.perform(get("/directory/response-areas").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Policing and migration-related crime")))
                .andExpect(content().string(containsString("LOCAL_GOVERNANCE_AND_CIVIL_SOCIETY")))
                .andExpect(content().string(containsString("Politico-military")));
    }

    @Test
    void anAdministratorAddsAnOrganisationAndItIsAudited() throws Exception {
        String location = mvc.perform(post("/directory/organisations/new").with(user(admin)).with(csrf())
                        .param("name", "Danish Refugee Council").param("acronym", "DRC").param("kind", "INGO")
                        .param("countryId", "").param("website", "https://drc.ngo"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "directory.saved"))
                .andReturn().getResponse().getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);

        assertThat(directory.organisation(UUID.fromString(id))).hasValueSatisfying(o -> {
            assertThat(o.acronym()).isEqualTo("DRC");
            assertThat(o.countryIso2()).isNull();
        });
        assertThat(audit.forRecord("partner_organisation", id)).singleElement()
                .satisfies(e -> assertThat(e.after()).contains("Danish Refugee Council"));
    }

    @Test
    void rejectsAnOrganisationWhoseNameIsTakenOrWebsiteMalformed() throws Exception {
        mvc.perform(post("/directory/organisations/new").with(user(admin)).with(csrf())
                        .param("name", "A new organisation").param("kind", "UN_AGENCY")
                        .param("website", "javascript:alert(1)"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a web address starting with https://")));
        mvc.perform(post("/directory/organisations/new").with(user(admin)).with(csrf())
                        .param("name", "united nations children's fund").param("kind", "UN_AGENCY"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Another organisation already has this name.")));

        assertThat(directory.organisations()).filteredOn(o -> o.name().equalsIgnoreCase("United Nations Children's Fund"))
                .hasSize(1);
    }

    @Test
    void anAdministratorRenamesACountry() throws Exception {
        UUID id = createCountry("QA", "QAT", "Qatar");

        mvc.perform(post("/directory/countries/" + id + "/edit").with(user(admin)).with(csrf())
                        .param("version", "0").param("iso2", "QA").param("iso3", "QAT").param("name", "State of Qatar"))
                .andExpect(redirectedUrl("/directory/countries/" + id));

        assertThat(directory.country(id)).map(CountrySummary::name).contains("State of Qatar");
        List<AuditEntry> entries = audit.forRecord("country", id.toString());
        assertThat(entries).extracting(AuditEntry::action).containsExactly("CREATE", "UPDATE");
        assertThat(entries.get(1).before()).contains("\"Qatar\"");
        assertThat(entries.get(1).after()).contains("\"State of Qatar\"");
    }

    @Test
    void rejectsACountryCodeInUse() throws Exception {
        mvc.perform(post("/directory/countries/new").with(user(admin)).with(csrf())
                        .param("iso2", "xk").param("iso3", "XKO").param("name", "Another Kosovo"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Another country already has this two-letter code.")));
        mvc.perform(post("/directory/countries/new").with(user(admin)).with(csrf())
                        .param("iso2", "X").param("iso3", "XKO").param("name", "Bad code"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The two-letter code has exactly two letters")));

        assertThat(directory.countries()).filteredOn(c -> c.iso3().equals("XKO")).isEmpty();
    }

    @Test
    void anAdministratorEditsAFieldOperation() throws Exception {
        String location = mvc.perform(post("/directory/operations/new").with(user(admin)).with(csrf())
                        .param("code", "Test-Mission").param("name", "OSCE Test Mission").param("hostCountryId", SERBIA)
                        .param("headOfficeCity", "Niš"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(directory.operation(id)).map(OperationSummary::code).contains("test-mission");

        mvc.perform(post("/directory/operations/" + id + "/edit").with(user(admin)).with(csrf())
                        .param("version", "0").param("code", "test-mission").param("name", "OSCE Test Mission")
                        .param("hostCountryId", SERBIA).param("headOfficeCity", "Novi Sad"))
                .andExpect(redirectedUrl("/directory/operations/" + id));

        assertThat(directory.operation(id)).map(OperationSummary::headOfficeCity).contains("Novi Sad");
        assertThat(audit.forRecord("field_operation", id.toString())).hasSize(2);
    }

    @Test
    void rejectsAnOperationCodeInUse() throws Exception {
        mvc.perform(post("/directory/operations/new").with(user(admin)).with(csrf())
                        .param("code", "skopje").param("name", "A second Skopje").param("hostCountryId", SERBIA)
                        .param("headOfficeCity", "Skopje"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Another field operation already has this code.")));
    }

    @Test
    void aNewHeadOfficeMakesTheOldOneAFieldOffice() throws Exception {
        UUID operation = createOperation("head-office-move", "OSCE Head Office Move Mission");
        mvc.perform(post("/directory/operations/" + operation + "/offices/new").with(user(admin)).with(csrf())
                        .param("name", "Head Office Niš").param("city", "Niš").param("headOffice", "true")
                        .param("latitude", "43.3209").param("longitude", "21.8958"))
                .andExpect(redirectedUrl("/directory/operations/" + operation))
                .andExpect(flash().attribute("notice", "directory.saved"));
        mvc.perform(post("/directory/operations/" + operation + "/offices/new").with(user(admin)).with(csrf())
                        .param("name", "Head Office Belgrade").param("city", "Belgrade").param("headOffice", "true"))
                .andExpect(redirectedUrl("/directory/operations/" + operation));

        List<OfficeSummary> offices = directory.offices(operation);
        assertThat(offices).extracting(OfficeSummary::name, OfficeSummary::headOffice)
                .containsExactly(tuple("Head Office Belgrade", true),
                        tuple("Head Office Niš", false));
        OfficeSummary nis = offices.get(1);
        assertThat(audit.forRecord("office", nis.id().toString())).extracting(AuditEntry::action)
                .containsExactly("CREATE", "UPDATE");
        assertThat(audit.forRecord("office", nis.id().toString())).as("the operation's head sees the change")
                .extracting(AuditEntry::operationId).containsOnly(operation);
        assertThat(audit.forRecord("field_operation", operation.toString())).extracting(AuditEntry::operationId)
                .containsOnly(operation);
    }

    @Test
    void anOfficeNeedsBothCoordinatesOrNeither() throws Exception {
        mvc.perform(post("/directory/operations/" + skopje + "/offices/new").with(user(admin)).with(csrf())
                        .param("name", "Kumanovo Office").param("city", "Kumanovo").param("latitude", "42.13"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#longitude\"")))
                .andExpect(content().string(containsString("Enter both latitude and longitude, or neither.")));

        assertThat(directory.offices(skopje)).extracting(OfficeSummary::name).doesNotContain("Kumanovo Office");
    }

    @Test
    void aStaleOfficeEditShowsTheCurrentVersion() throws Exception {
        UUID operation = createOperation("stale-office", "OSCE Stale Office Mission");
        mvc.perform(post("/directory/operations/" + operation + "/offices/new").with(user(admin)).with(csrf())
                .param("name", "Field Office Vranje").param("city", "Vranje"));
        UUID office = directory.offices(operation).get(0).id();
        mvc.perform(post("/directory/offices/" + office + "/edit").with(user(admin)).with(csrf())
                        .param("version", "0").param("name", "Field Office Vranje").param("city", "Vranje (town)"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post("/directory/offices/" + office + "/edit").with(user(admin)).with(csrf())
                        .param("version", "0").param("name", "Field Office Vranje").param("city", "Vranjska Banja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this office while you were editing")))
                .andExpect(content().string(containsString("value=\"Vranje (town)\"")));

        assertThat(directory.offices(operation)).extracting(OfficeSummary::city).containsExactly("Vranje (town)");
    }

    @Test
    void nonAdministratorsMayNotOpenOrSubmitAnyEditForm() throws Exception {
        UUID unhcr = UUID.fromString(UNHCR);
        List<String> forms = List.of("/directory/locations/new",
                "/directory/locations/" + LocationPagesTests.GEVGELIJA + "/edit",
                "/directory/organisations/new", "/directory/organisations/" + unhcr + "/edit",
                "/directory/countries/new", "/directory/countries/" + KOSOVO + "/edit",
                "/directory/operations/new", "/directory/operations/" + skopje + "/edit",
                "/directory/operations/" + skopje + "/offices/new", "/directory/offices/" + SKOPJE_HEAD_OFFICE + "/edit");
        CorridorUser coordinator = accounts.findByUsername("directory.coordinator").orElseGet(() -> accounts.create(
                "directory.coordinator", "Coordinator", "long-enough-password",
                List.of(Membership.of(Role.REGIONAL_COORDINATOR))));
        for (CorridorUser reader : List.of(officer, coordinator)) {
            for (String form : forms) {
                mvc.perform(get(form).with(user(reader))).andExpect(status().isForbidden());
                mvc.perform(post(form).with(user(reader)).with(csrf()).param("name", "Changed by " + reader)
                        .param("version", "0")).andExpect(status().isForbidden());
            }
        }

        assertThat(directory.operation(skopje)).map(OperationSummary::name).contains("OSCE Mission to Skopje");
        assertThat(directory.organisation(unhcr)).map(OrganisationSummary::name)
                .contains("Office of the United Nations High Commissioner for Refugees");
    }

    @Test
    void nobodySignedOutReadsTheDirectory() throws Exception {
        mvc.perform(get("/directory")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/directory/locations")).andExpect(status().is3xxRedirection());
    }

    private UUID createCountry(String iso2, String iso3, String name) throws Exception {
        String location = mvc.perform(post("/directory/countries/new").with(user(admin)).with(csrf())
                        .param("iso2", iso2).param("iso3", iso3).param("name", name))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private UUID createOperation(String code, String name) throws Exception {
        String location = mvc.perform(post("/directory/operations/new").with(user(admin)).with(csrf())
                        .param("code", code).param("name", name).param("hostCountryId", SERBIA)
                        .param("headOfficeCity", "Niš"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }
}
