package org.corridor.flows;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.Role;
import org.corridor.web.RecordsApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@CorridorTest
class FlowCountApiControllerTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    RecordsApi flowCounts;
    @Autowired
    JdbcClient jdbc;

    UUID skopje;
    UUID serbia;
    UUID gevgelija;
    String officer;

    /** Each test counts in a year of its own. */
    static int nextYear = 1960;
    LocalDate day;

    @BeforeEach
    void officerOfSkopje() {
        flowCounts = new RecordsApi(mvc, "/api/v1/flow-counts");
        skopje = region.operation("skopje");
        serbia = region.operation("serbia");
        gevgelija = region.place("MK-GEVGELIJA-BCP");
        officer = region.bearer(Role.OFFICER, skopje);
        synchronized (FlowCountApiControllerTests.class) {
            day = LocalDate.of(nextYear++, 10, 20);
        }
    }

    String countJson(LocalDate on, int total, String level) {
        return """
                {"operationId":"%s","periodStart":"%s","locationId":"%s","direction":"ENTRY","total":%d,
                 "men":%d,"nationalities":{"SYR":%d,"unknown":1},"distributionLevel":"%s"}"""
                .formatted(skopje, on, gevgelija, total, total / 3, total / 2, level);
    }

    String create(String json) throws Exception {
        return flowCounts.createdId(officer, json, "$.id");
    }

    long rowsFrom(LocalDate from) {
        return jdbc.sql("select count(*) from flow_count where period_start between :from and :to")
                .param("from", from).param("to", from.plusDays(60)).query(Long.class).single();
    }

    @Test
    void recordsACountAndAnswers201WithEtagAndLocation() throws Exception {
        flowCounts.create(officer, countJson(day, 3000, "OSCE"))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(header().string("Location", startsWith("/api/v1/flow-counts/")))
                .andExpect(jsonPath("$.periodKind").value("DAY"))
                .andExpect(jsonPath("$.periodEnd").value(day.toString()))
                .andExpect(jsonPath("$.nationalities.UNKNOWN").value(1));
    }

    @Test
    void aBadCountIsAProblemNamingEachField() throws Exception {
        String json = """
                {"operationId":"%s","periodKind":"WEEK","periodStart":"%s","locationId":"%s","direction":"ENTRY",
                 "total":10,"children":5,"unaccompaniedMinors":6,"nationalities":{"XX":1}}"""
                .formatted(skopje, day.with(java.time.DayOfWeek.TUESDAY), gevgelija);

        flowCounts.create(officer, json)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("periodStart",
                        "unaccompaniedMinors", "nationalities")));
    }

    @Test
    void theSameCountTwiceIsAProblemOnItsPeriod() throws Exception {
        create(countJson(day, 30, "OSCE"));

        flowCounts.create(officer, countJson(day, 31, "OSCE"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("periodStart"))
                .andExpect(jsonPath("$.errors[0].message").value(startsWith("There is already a count")));
    }

    @Test
    void anUpdateNeedsIfMatchAndIsRefusedWhenStale() throws Exception {
        String id = create(countJson(day, 30, "OSCE"));

        flowCounts.changeWithoutVersion(officer, id, countJson(day, 33, "OSCE"))
                .andExpect(status().isPreconditionRequired());
        flowCounts.read(officer, id)
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\""));
        flowCounts.change(officer, id, 0, countJson(day, 33, "OSCE"))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.total").value(33));
        flowCounts.change(officer, id, 0, countJson(day, 34, "OSCE"))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.currentVersion").value(1));
    }

    @Test
    void anInternalCountIsNotFoundForOtherOperationsAndSharedOnesAreReadByThem() throws Exception {
        String internal = create(countJson(day, 30, "OPERATION"));
        String shared = create(countJson(day.plusDays(1), 30, "OSCE"));
        String serbianViewer = region.bearer(Role.VIEWER, serbia);

        flowCounts.read(serbianViewer, internal)
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        flowCounts.read(serbianViewer, shared)
                .andExpect(status().isOk());
        flowCounts.read(region.bearer(Role.DELEGATION_READER, null), shared)
                .andExpect(status().isNotFound());
        flowCounts.change(region.bearer(Role.OFFICER, serbia), internal, 0, countJson(day, 31, "OPERATION"))
                .andExpect(status().isNotFound());
    }

    @Test
    void listsFilteredByLocationSourceAndPeriod() throws Exception {
        create(countJson(day, 30, "OSCE"));
        create(countJson(day.plusDays(1), 40, "OSCE"));

        flowCounts.list(officer, "location", gevgelija.toString(), "source", "own", "from", day.toString(),
                        "to", day.plusDays(1).toString())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.items[0].total").value(40));
        flowCounts.list(officer, "source", "somebody")
                .andExpect(status().isBadRequest());
    }

    String batch(LocalDate from, int items, String last) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < items; i++) {
            json.append(i == 0 ? "" : ",").append(countJson(from.plusDays(i), 100 + i, "OSCE"));
        }
        if (last != null) {
            json.append(",").append(last);
        }
        return json.append("]").toString();
    }

    @Test
    void bulkWritesNothingWhenTheLastItemIsBadAndReportsEveryBadItem() throws Exception {
        String badLast = """
                {"operationId":"%s","periodStart":"%s","locationId":"%s","direction":"ENTRY","total":10,"men":11}"""
                .formatted(skopje, day.plusDays(40), gevgelija);
        String unreadable = """
                {"operationId":"%s","periodStart":"20-10-2015","locationId":"%s","direction":"SIDEWAYS","total":10}"""
                .formatted(skopje, gevgelija);

        mvc.perform(post("/api/v1/flow-counts/bulk").header("Authorization", officer)
                        .contentType(MediaType.APPLICATION_JSON).content(batch(day, 20, unreadable + "," + badLast)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].index").value(20))
                .andExpect(jsonPath("$.errors[0].field").value("periodStart"))
                .andExpect(jsonPath("$.errors[1].index").value(21))
                .andExpect(jsonPath("$.errors[1].field").value("total"))
                .andExpect(jsonPath("$.errors[1].message").value(startsWith("Men, women and children add up to 11")));
        org.assertj.core.api.Assertions.assertThat(rowsFrom(day)).isZero();
    }

    @Test
    void bulkIsIdempotentAndCorrectsChangedCounts() throws Exception {
        String json = batch(day, 5, null);
        mvc.perform(post("/api/v1/flow-counts/bulk").header("Authorization", officer)
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(5));
        mvc.perform(post("/api/v1/flow-counts/bulk").header("Authorization", officer)
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.unchanged").value(5));
        mvc.perform(post("/api/v1/flow-counts/bulk").header("Authorization", officer)
                        .contentType(MediaType.APPLICATION_JSON).content(json.replace("\"total\":102", "\"total\":150")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.updated").value(1))
                .andExpect(jsonPath("$.unchanged").value(4));
    }

    @Test
    void bulkOfAnotherOperationIsRefusedItemByItem() throws Exception {
        mvc.perform(post("/api/v1/flow-counts/bulk").header("Authorization", region.bearer(Role.OFFICER, serbia))
                        .contentType(MediaType.APPLICATION_JSON).content(batch(day, 2, null)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("operationId", "operationId")));
        org.assertj.core.api.Assertions.assertThat(rowsFrom(day)).isZero();
    }

    @Test
    void bulkLargerThanTenThousandCountsIsRefusedAsTooLargeWithoutWritingAny() throws Exception {
        mvc.perform(post("/api/v1/flow-counts/bulk").header("Authorization", officer)
                        .contentType(MediaType.APPLICATION_JSON).content(batch(day, FlowCountApiController.MAX_BATCH + 1, null)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("/flows/import")));
        org.assertj.core.api.Assertions.assertThat(rowsFrom(day)).isZero();
    }
}
