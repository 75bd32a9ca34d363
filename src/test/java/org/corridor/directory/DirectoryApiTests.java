package org.corridor.directory;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Membership;
import org.corridor.accounts.Role;
import org.corridor.accounts.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@CorridorTest
class DirectoryApiTests {

    static final String GEVGELIJA = "91fd43e1-2e92-41f5-8349-eea67eacccd7";
    static final String UNHCR = "783234c2-74cb-4153-8c09-cb6ebadc16b0";

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Directory directory;

    String token;

    @BeforeEach
    void token() {
        UUID serbia = region.operation("serbia");
        CorridorUser viewer = accounts.findByUsername("directory.api.viewer").orElseGet(() -> accounts.create("directory.api.viewer",
                "API Viewer", "long-enough-password", List.of(new Membership(serbia, Role.VIEWER))));
        token = accounts.createToken(viewer.id(), "directory api test").secret();
    }

    @Test
    void listsTheSixFieldOperations() throws Exception {
        mvc.perform(api("/api/v1/operations"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.items[*].code", hasItem("skopje")))
                .andExpect(jsonPath("$.totalItems", greaterThanOrEqualTo(6)))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.totalPages").value(1));
    }

    @Test
    void anOperationComesWithItsHostCountryAndOffices() throws Exception {
        UUID skopje = region.operation("skopje");

        mvc.perform(api("/api/v1/operations/" + skopje))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("OSCE Mission to Skopje"))
                .andExpect(jsonPath("$.hostCountry.iso2").value("MK"))
                .andExpect(jsonPath("$.offices[0].name").value("Head Office Skopje"))
                .andExpect(jsonPath("$.offices[0].headOffice").value(true))
                .andExpect(jsonPath("$.offices[*].latitude", hasItem(41.1403)));
    }

    @Test
    void listsCountriesWithKosovoAsXk() throws Exception {
        mvc.perform(api("/api/v1/countries"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.name == 'Kosovo')].iso2", hasItem("XK")))
                .andExpect(jsonPath("$.items[?(@.name == 'Kosovo')].iso3", hasItem("XKX")));
    }

    @Test
    void searchesLocationsAndPagesThem() throws Exception {
        mvc.perform(api("/api/v1/locations").param("q", "gevg").param("kind", "BORDER_CROSSING").param("country", "mk"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].code").value("MK-GEVGELIJA-BCP"))
                .andExpect(jsonPath("$.items[0].countryIso2").value("MK"))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.size").value(50));

        mvc.perform(api("/api/v1/locations").param("size", "2").param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.totalPages", greaterThanOrEqualTo(10)));
    }

    @Test
    void searchTakesWildcardsLiterally() throws Exception {
        mvc.perform(api("/api/v1/locations").param("q", "%"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(api("/api/v1/organisations").param("q", "_"))
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void showsALocation() throws Exception {
        mvc.perform(api("/api/v1/locations/" + GEVGELIJA))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Gevgelija"))
                .andExpect(jsonPath("$.kind").value("TOWN"))
                .andExpect(jsonPath("$.latitude").value(41.1403));
    }

    @Test
    void searchesOrganisationsByAcronym() throws Exception {
        mvc.perform(api("/api/v1/organisations").param("q", "unhcr"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(UNHCR))
                .andExpect(jsonPath("$.items[0].kind").value("UN_AGENCY"));
        mvc.perform(api("/api/v1/organisations").param("kind", "OSCE_STRUCTURE"))
                .andExpect(jsonPath("$.items[*].kind", not(hasItem("NGO"))))
                .andExpect(jsonPath("$.items[*].acronym", hasItem("ODIHR")));
        mvc.perform(api("/api/v1/organisations/" + UNHCR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.acronym").value("UNHCR"));
    }

    @Test
    void anUnknownIdIsANotFoundProblem() throws Exception {
        UUID unknown = UUID.randomUUID();
        for (String path : List.of("/api/v1/locations/", "/api/v1/organisations/", "/api/v1/operations/")) {
            mvc.perform(api(path + unknown))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.detail", containsString(unknown.toString())));
        }
    }

    @Test
    void aMalformedIdIsABadRequestNamingTheParameter() throws Exception {
        mvc.perform(api("/api/v1/locations/not-a-uuid"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("'id'")))
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    @Test
    void anUnknownKindIsABadRequestListingTheKinds() throws Exception {
        mvc.perform(api("/api/v1/locations").param("kind", "CASTLE"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].message", containsString("BORDER_CROSSING")));
    }

    @Test
    void outOfRangeParametersAreEachListed() throws Exception {
        mvc.perform(api("/api/v1/locations").param("size", "1000").param("page", "-1").param("country", "MKD"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[*].field", hasItem("size")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("page")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("country")));
    }

    @Test
    void refusesRequestsWithoutAToken() throws Exception {
        mvc.perform(get("/api/v1/locations"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/operations/" + UUID.randomUUID()))
                .andExpect(status().isUnauthorized());
    }

    private MockHttpServletRequestBuilder api(String path) {
        return get(path).header("Authorization", "Bearer " + token).accept(MediaType.APPLICATION_JSON);
    }
}
