package org.corridor.monitoring;

import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.kernel.Region;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Role;
import org.corridor.monitoring.MonitoringVisits;
import org.corridor.monitoring.VisitDetails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@CorridorTest
class VisitControllerTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    MonitoringVisits visits;

    UUID skopje;
    UUID gevgelija;
    CorridorUser officer;

    @BeforeEach
    void officerOfSkopje() {
        skopje = region.operation("skopje");
        gevgelija = region.place("MK-GEVGELIJA-BCP");
        officer = region.user("page", "Page Officer", Role.OFFICER, skopje);
    }

    /** The form as an officer fills it in; {@code changed} holds other values for some fields, as typed in their place. */
    MockHttpServletRequestBuilder visitForm(String narrative, String... changed) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("operationId", skopje.toString());
        values.put("locationId", gevgelija.toString());
        values.put("unit", "POLICE_DEVELOPMENT");
        values.put("teamCount", "2");
        values.put("startDate", "2016-03-08");
        values.put("startTime", "08:00");
        values.put("endTime", "16:00");
        values.put("purpose", "Border monitoring");
        values.put("status", "COMPLETED");
        values.put("personsTotal", "250");
        values.put("men", "100");
        values.put("women", "50");
        values.put("children", "100");
        values.put("narrative", narrative);
        values.put("concerns", "overcrowding, queues");
        for (int i = 0; i < changed.length; i += 2) {
            values.put(changed[i], changed[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/monitoring/visits").with(user(officer)).with(csrf());
        values.forEach(request::param);
        return request;
    }

    @Test
    void theFormOpensWithTodayAndTheOwnOperation() throws Exception {
        mvc.perform(get("/monitoring/visits/new").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(java.time.LocalDate.now(Region.ZONE).toString())))
                .andExpect(content().string(containsString("value=\"" + skopje + "\"")));
    }

    /** Issue 18: Skopje's officer finds Gevgelija before Athens and Vienna, which wait under "Other places". */
    @Test
    void thePlaceListOffersTheOperationsOwnPlacesFirstAndTheOthersInAGroup() throws Exception {
        String page = mvc.perform(get("/monitoring/visits/new").with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String list = page.substring(page.indexOf("id=\"locationId\""));
        list = list.substring(0, list.indexOf("</select>"));
        int ownGroup = list.indexOf("<optgroup label=\"Your operation");
        int others = list.indexOf("<optgroup label=\"Other places\">");
        assertThat(ownGroup).isPositive().isLessThan(others);
        for (String own : List.of("MK-GEVGELIJA-BCP", "MK-TABANOVCE-TC", "MK-SKOPJE")) {
            assertThat(list.indexOf("value=\"" + region.place(own) + "\"")).as(own).isBetween(ownGroup, others);
        }
        for (String other : List.of("GR-ATHENS", "AT-VIENNA", "RS-PRESEVO")) {
            assertThat(list.indexOf("value=\"" + region.place(other) + "\"")).as(other).isGreaterThan(others);
        }
    }

    @Test
    void aPlaceOfAnotherCountryStaysChosenWhenTheFormComesBackWithAProblem() throws Exception {
        UUID presevo = region.place("RS-PRESEVO");
        String page = mvc.perform(post("/monitoring/visits").with(user(officer)).with(csrf())
                        .param("operationId", skopje.toString()).param("locationId", presevo.toString())
                        .param("unit", "POLICE_DEVELOPMENT").param("teamCount", "2").param("startDate", "not a date")
                        .param("startTime", "08:00").param("endTime", "16:00").param("purpose", "Joint visit")
                        .param("status", "COMPLETED"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String others = page.substring(page.indexOf("<optgroup label=\"Other places\">"));
        assertThat(others.substring(0, others.indexOf("</optgroup>")))
                .containsPattern("value=\"" + presevo + "\"\\s+selected");
    }

    @Test
    void anOfficerRecordsAVisitFromTheForm() throws Exception {
        mvc.perform(visitForm("Long queues at the fence")).andExpect(status().is3xxRedirection());

        VisitDetails saved = visits.list(officer, MonitoringVisits.VisitFilter.ANY, 0, 100).items().stream()
                .filter(v -> v.createdBy().equals(officer.id())).findFirst().orElseThrow();
        assertThat(saved.observations().concerns()).containsExactly("overcrowding", "queues");
        assertThat(saved.observations().personsTotal()).isEqualTo(250);
    }

    @Test
    void showsEveryProblemAtTheTopAndBesideItsFieldKeepingWhatWasTyped() throws Exception {
        mvc.perform(visitForm("x", "endTime", "07:00", "men", "400", "humanitarianConditions", "very bad"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#endTime\"")))
                .andExpect(content().string(containsString("id=\"humanitarianConditions-error\">Enter a whole number")))
                .andExpect(content().string(containsString("value=\"very bad\"")));
        assertThat(visits.list(officer, MonitoringVisits.VisitFilter.ANY, 0, 100).items())
                .noneMatch(v -> v.createdBy().equals(officer.id()));
    }

    @Test
    void keepsATimeAndAFollowUpDateThatDoNotConvertAsTypedBesideTheirMessages() throws Exception {
        mvc.perform(visitForm("typed times", "startTime", "25:99", "followUps[1].action", "Call the police station",
                        "followUps[1].dueDate", "2016-02-30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"startTime-error\">Enter a time as hours and minutes, for example 08:30.")))
                .andExpect(content().string(containsString("value=\"25:99\"")))
                .andExpect(content().string(containsString(
                        "id=\"followUps1-dueDate-error\">Enter a real date as year-month-day")))
                .andExpect(content().string(containsString("value=\"2016-02-30\"")))
                .andExpect(content().string(containsString("value=\"Call the police station\"")));
        assertThat(visits.list(officer, MonitoringVisits.VisitFilter.ANY, 0, 100).items())
                .noneMatch(v -> v.createdBy().equals(officer.id()));
    }

    @Test
    void warnsAboutPersonalDataAndKeepsItOnlyWhenConfirmed() throws Exception {
        mvc.perform(visitForm("Reached the family at 070 123 456"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("may contain personal data")))
                .andExpect(content().string(containsString("070 123 456")));
        mvc.perform(visitForm("Reached the family at 070 123 456").param("confirmPersonalData", "true"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aViewerCannotOpenTheForm() throws Exception {
        CorridorUser viewer = region.user("page.viewer", "Viewer", Role.VIEWER, skopje);

        mvc.perform(get("/monitoring/visits/new").with(user(viewer))).andExpect(status().isForbidden());
    }

    @Test
    void aStaleEditShowsTheCurrentVisitInsteadOfOverwriting() throws Exception {
        mvc.perform(visitForm("first")).andExpect(status().is3xxRedirection());
        VisitDetails saved = visits.list(officer, MonitoringVisits.VisitFilter.ANY, 0, 100).items().stream()
                .filter(v -> v.createdBy().equals(officer.id())).findFirst().orElseThrow();
        visits.update(officer, saved.id(), saved.version(), saved.toDraft(), false);

        mvc.perform(post("/monitoring/visits/" + saved.id()).with(user(officer)).with(csrf())
                        .param("version", String.valueOf(saved.version())).param("locationId", gevgelija.toString())
                        .param("unit", "MONITORING").param("teamCount", "3").param("startDate", "2016-03-08")
                        .param("startTime", "08:00").param("endTime", "16:00").param("purpose", "Changed purpose")
                        .param("status", "COMPLETED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this visit")));
        assertThat(visits.find(officer, saved.id()).orElseThrow().purpose()).isEqualTo("Border monitoring");
    }

    @Test
    void exportsTheFilteredListAsCsvAndXlsx() throws Exception {
        mvc.perform(visitForm("exported")).andExpect(status().is3xxRedirection());

        String csv = mvc.perform(get("/monitoring/visits.csv").param("operation", skopje.toString())
                        .param("from", "2016-03-08").param("to", "2016-03-08").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("monitoring-visits-")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).contains("id,operation,location_code,location,unit");
        assertThat(csv).contains("MK-GEVGELIJA-BCP").contains("exported").contains("2016-03-08T08:00");

        byte[] xlsx = mvc.perform(get("/monitoring/visits.xlsx").param("operation", skopje.toString())
                        .param("from", "2016-03-08").param("to", "2016-03-08").with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("location_code");
            assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(1);
            assertThat(sheet.getRow(1).getCell(11).getNumericCellValue()).isEqualTo(250);
        }
    }

    @Test
    void anotherOperationsVisitIsNotFoundByUrl() throws Exception {
        mvc.perform(visitForm("internal")).andExpect(status().is3xxRedirection());
        VisitDetails saved = visits.list(officer, MonitoringVisits.VisitFilter.ANY, 0, 100).items().stream()
                .filter(v -> v.createdBy().equals(officer.id())).findFirst().orElseThrow();
        CorridorUser serbian = region.user("page.rs", "Serbian", Role.FOCAL_POINT, region.operation("serbia"));

        mvc.perform(get("/monitoring/visits/" + saved.id()).with(user(serbian))).andExpect(status().isNotFound());
        mvc.perform(get("/monitoring/visits").with(user(serbian)))
                .andExpect(content().string(not(containsString(saved.id().toString()))));
    }
}
