package org.corridor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChangedFieldsTests {

    @Test
    void listsOnlyTheFieldsWhoseValueDiffers() {
        List<ChangedFields.Change> changes = ChangedFields.of(
                "{\"purpose\":\"Count at the fence\",\"persons\":120,\"place\":\"Gevgelija\"}",
                "{\"purpose\":\"Count at the fence\",\"persons\":140,\"place\":\"Gevgelija\"}");

        assertThat(changes).containsExactly(new ChangedFields.Change("persons", "120", "140"));
    }

    @Test
    void leavesOutTheRecordsBookkeeping() {
        assertThat(ChangedFields.of("{\"id\":\"a\",\"version\":3,\"updatedAt\":\"2016-03-01T10:00:00Z\",\"status\":\"OPEN\"}",
                "{\"id\":\"a\",\"version\":4,\"updatedAt\":\"2016-03-08T10:00:00Z\",\"status\":\"DONE\"}"))
                .containsExactly(new ChangedFields.Change("status", "OPEN", "DONE"));
    }

    @Test
    void aCreationListsTheFieldsItSetAndADeletionThoseItRemoved() {
        assertThat(ChangedFields.of(null, "{\"title\":\"Weekly coordination\",\"summary\":null}"))
                .containsExactly(new ChangedFields.Change("title", null, "Weekly coordination"));
        assertThat(ChangedFields.of("{\"title\":\"Weekly coordination\"}", null))
                .containsExactly(new ChangedFields.Change("title", "Weekly coordination", null));
    }

    @Test
    void writesNestedValuesAsTheirJsonAndAFieldThatAppearsAsChanged() {
        assertThat(ChangedFields.of("{\"decisions\":[\"a\"]}", "{\"decisions\":[\"a\",\"b\"],\"status\":\"DONE\"}"))
                .containsExactly(new ChangedFields.Change("decisions", "[\"a\"]", "[\"a\",\"b\"]"),
                        new ChangedFields.Change("status", null, "DONE"));
    }

    @Test
    void cutsALongValueWithAMarker() {
        String narrative = "Families waited at the fence through the night. ".repeat(20);

        ChangedFields.Change change = ChangedFields.of("{\"summary\":\"short\"}",
                "{\"summary\":\"" + narrative + "\"}").get(0);

        assertThat(change.after()).hasSize(ChangedFields.LONGEST_VALUE).endsWith(ChangedFields.CUT)
                .startsWith("Families waited at the fence");
        assertThat(change.before()).isEqualTo("short");
    }

    @Test
    void readsContentThatIsNotARecordAsOneValue() {
        assertThat(ChangedFields.of("\"closed\"", "\"open\"")).containsExactly(new ChangedFields.Change("value",
                "closed", "open"));
        assertThat(ChangedFields.of("{}", "{}")).isEmpty();
    }

    @Test
    void namesTheRecordByItsTitleOrNameFromTheContent() {
        assertThat(ChangedFields.title(null, "{\"id\":\"x\",\"title\":\"Joint visit to Preševo\"}"))
                .isEqualTo("Joint visit to Preševo");
        assertThat(ChangedFields.title("{\"name\":\"Tabanovce\"}", null)).isEqualTo("Tabanovce");
        assertThat(ChangedFields.title(null, "{\"persons\":140}")).isNull();
        assertThat(ChangedFields.title(null, null)).isNull();
    }
}
