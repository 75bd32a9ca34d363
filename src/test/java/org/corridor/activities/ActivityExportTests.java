package org.corridor.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Membership;
import org.corridor.accounts.Role;
import org.corridor.accounts.UserAccounts;
import org.corridor.activities.Activities;
import org.corridor.activities.Activity;
import org.corridor.activities.ActivityDraft;
import org.corridor.activities.ActivityKind;
import org.corridor.activities.ActivityStatus;
import org.corridor.activities.CapacityEventDraft;
import org.corridor.activities.CapacityEventDraft.Participants;
import org.corridor.activities.Funding;
import org.corridor.activities.PartnerRole;
import org.corridor.activities.TargetGroup;
import org.corridor.directory.Dimension;
import org.corridor.directory.Directory;
import org.corridor.directory.ResponseArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The activities list as HXL-tagged CSV in the 3W/4W convention. */
@CorridorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActivityExportTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Directory directory;

    @Autowired
    Activities activities;

    CorridorUser officer;
    String word;
    Activity activity;

    @BeforeAll
    void aTrainingWithTwoEvents() {
        UUID skopje = region.operation("skopje");
        UUID unodc = directory.organisations().stream().filter(o -> "UNODC".equals(o.acronym())).findFirst()
                .orElseThrow().id();
        UUID gevgelija = region.place("MK-GEVGELIJA-BCP");
        word = "hxl" + UUID.randomUUID().toString().substring(0, 8);
        officer = region.user("actexport", "Export", Role.OFFICER, skopje);
        activity = activities.create(officer, new ActivityDraft(skopje, "Training " + word, null,
                ResponseArea.POLICING_AND_MIGRATION_CRIME, Set.of(Dimension.HUMAN), ActivityKind.PROJECT,
                Funding.UNIFIED_BUDGET, null, "MK-" + word, ActivityStatus.COMPLETED, LocalDate.of(2016, 2, 1),
                LocalDate.of(2016, 6, 30), List.of(gevgelija), List.of(new ActivityDraft.Partner(unodc,
                        PartnerRole.IMPLEMENTING)), List.of(), DistributionLevel.OSCE));
        activities.createEvent(officer, new CapacityEventDraft(activity.id(), LocalDate.of(2016, 3, 1), null, null,
                "Skopje", "Smuggling", List.of(Participants.of(TargetGroup.POLICE, 20, 18),
                        Participants.of(TargetGroup.PROSECUTORS, 5, 4))));
        activities.createEvent(officer, new CapacityEventDraft(activity.id(), LocalDate.of(2016, 4, 1), null, null,
                "Kumanovo", "Trafficking", List.of(Participants.of(TargetGroup.POLICE, 10, 11))));
    }

    List<CSVRecord> hxl() throws Exception {
        String body = mvc.perform(get("/activities.hxl.csv").param("q", word).with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return CSVFormat.RFC4180.parse(new StringReader(body.replace("\uFEFF", ""))).getRecords();
    }

    String cell(List<CSVRecord> records, String tag) {
        int column = records.get(1).toList().indexOf(tag);
        assertThat(column).as(tag).isNotNegative();
        return records.get(2).get(column);
    }

    @Test
    void putsTheHashtagRowUnderTheHeaderRow() throws Exception {
        List<CSVRecord> records = hxl();

        assertThat(records).hasSize(3);
        assertThat(records.get(0).toList()).startsWith("id", "operation", "operation_name", "title");
        assertThat(records.get(1).toList()).contains("#org", "#org+code", "#sector", "#activity+name", "#activity+code",
                "#country+code", "#adm1+name", "#loc+code", "#loc+name", "#date+start", "#date+end", "#status",
                "#targeted", "#reached", "#meta+id");
    }

    @Test
    void fillsTheThreeWColumnsOfAnActivity() throws Exception {
        List<CSVRecord> records = hxl();

        assertThat(cell(records, "#org")).isEqualTo("OSCE Mission to Skopje");
        assertThat(cell(records, "#org+code")).isEqualTo("skopje");
        assertThat(cell(records, "#sector")).isEqualTo("POLICING_AND_MIGRATION_CRIME");
        assertThat(cell(records, "#activity+name")).isEqualTo("Training " + word);
        assertThat(cell(records, "#activity+code")).isEqualTo("MK-" + word);
        assertThat(cell(records, "#country+code")).isEqualTo("MKD");
        assertThat(cell(records, "#adm1+name")).isEmpty();
        assertThat(cell(records, "#loc+code")).isEqualTo("MK-GEVGELIJA-BCP");
        assertThat(cell(records, "#date+start")).isEqualTo("2016-02-01");
        assertThat(cell(records, "#date+end")).isEqualTo("2016-06-30");
        assertThat(cell(records, "#status")).isEqualTo("COMPLETED");
        assertThat(cell(records, "#org+partner")).isEqualTo("UNODC IMPLEMENTING");
        assertThat(cell(records, "#meta+id")).isEqualTo(activity.id().toString());
    }

    @Test
    void sumsTargetedAndReachedOverTheCapacityBuildingEvents() throws Exception {
        List<CSVRecord> records = hxl();

        assertThat(cell(records, "#targeted")).isEqualTo("35");
        assertThat(cell(records, "#reached")).isEqualTo("33");
    }
}
