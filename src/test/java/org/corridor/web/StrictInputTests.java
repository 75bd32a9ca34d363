package org.corridor.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A NUL character (U+0000) or a fractional count in a request is a 400 that says so, never a 500 or a silent cut. */
@CorridorTest
class StrictInputTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    CorridorUser officer;
    String token;
    UUID skopje;

    @BeforeEach
    void officerOfSkopje() {
        skopje = region.operation("skopje");
        officer = region.user("nul", "Nul", Role.OFFICER, skopje);
        token = region.bearer(officer);
    }

    @Test
    void refusesANulInASearchOfTheApi() throws Exception {
        mvc.perform(get("/api/v1/locations").param("q", "\0").header("Authorization", token))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("NUL character")));
        mvc.perform(get("/api/v1/organisations").param("q", "a\0b").header("Authorization", token))
                .andExpect(status().isBadRequest());
    }

    @Test
    void refusesANulInJsonTextNamingTheField() throws Exception {
        String mk = region.country("MK").toString();
        mvc.perform(post("/api/v1/route-events").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"operationId":"%s","occurredOn":"2016-03-08","countryId":"%s","kind":"CLOSURE",
                                 "title":"Border\\u0000closed","distributionLevel":"OSCE"}""".formatted(skopje, mk)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("'title'")))
                .andExpect(jsonPath("$.detail").value(containsString("NUL character")));
    }

    @Test
    void refusesANulInAPageForm() throws Exception {
        mvc.perform(post("/flows/events").with(user(officer)).with(csrf()).param("title", "Border\0closed"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("NUL character")));
    }

    @Test
    void refusesAFractionalCountInsteadOfCuttingIt() throws Exception {
        String mk = region.country("MK").toString();
        for (String total : List.of("1.5", "1e30")) {
            mvc.perform(post("/api/v1/flow-counts").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"operationId":"%s","periodKind":"DAY","periodStart":"2016-01-04","countryId":"%s",
                                     "direction":"ENTRY","total":%s}""".formatted(skopje, mk, total)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(containsString("'total'")));
        }
    }

    @Test
    void refusesDatesOutsideThePlausibleRangeInParametersAndBodies() throws Exception {
        mvc.perform(get("/api/v1/visits").param("from", "-999999999-01-01").param("to", "+999999999-12-31")
                        .header("Authorization", token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("'from'")))
                .andExpect(jsonPath("$.detail").value(containsString("a date from 1900-01-01")));
        // a page's filter out of range shows the current month, as one that does not parse
        mvc.perform(get("/liaison/calendar").param("month", "-999999999-01").with(user(officer)))
                .andExpect(status().isOk());
        String mk = region.country("MK").toString();
        mvc.perform(post("/api/v1/flow-counts").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"operationId":"%s","periodKind":"DAY","periodStart":"+1000000-01-01","countryId":"%s",
                                 "direction":"ENTRY","total":12}""".formatted(skopje, mk)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("'periodStart'")));
    }
}
