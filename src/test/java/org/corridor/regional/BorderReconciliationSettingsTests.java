package org.corridor.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.corridor.flows.Direction;
import org.corridor.regional.BorderReconciliationSettings.Border;
import org.corridor.regional.BorderReconciliationSettings.Reconciliation;
import org.corridor.regional.BorderReconciliationSettings.Side;
import org.junit.jupiter.api.Test;

/** Settings that cannot be right stop the start with a sentence naming them; what is left out takes its default. */
class BorderReconciliationSettingsTests {

    static Side side(String code) {
        return new Side(code, null);
    }

    @Test
    void aSideWithoutADirectionCountsExitsOnTheExitSideAndEntriesOnTheOther() {
        Border border = new Border("tabanovce-presevo", " ", side("MK-TABANOVCE-BCP"), side("RS-PRESEVO-OSC"));

        assertThat(border.exit().direction()).isEqualTo(Direction.EXIT);
        assertThat(border.entry().direction()).isEqualTo(Direction.ENTRY);
        assertThat(border.title()).as("no title: the name").isEqualTo("tabanovce-presevo");
    }

    @Test
    void refusesWhatCannotBeRightWithASentence() {
        assertThatThrownBy(() -> new Border("sid-tovarnik", null, side(" "), side("HR-TOVARNIK")))
                .hasMessageContaining("needs the code of its exit side");
        assertThatThrownBy(() -> new Border("sid-tovarnik", null, new Side("RS-SID", Direction.PRESENT),
                side("HR-TOVARNIK"))).hasMessageContaining("a stock, not a flow");
        assertThatThrownBy(() -> new Border("sid-tovarnik", "x".repeat(201), side("RS-SID"), side("HR-TOVARNIK")))
                .hasMessageContaining("longer than 200 characters");
        Border border = new Border("sid-tovarnik", null, side("RS-SID"), side("HR-TOVARNIK"));
        assertThatThrownBy(() -> new BorderReconciliationSettings(List.of(border, border), new Reconciliation(0.25, 50)))
                .hasMessageContaining("Two borders are named 'sid-tovarnik'");
        assertThatThrownBy(() -> new Reconciliation(1.5, 50)).hasMessageContaining("divergence-share is a share");
        assertThatThrownBy(() -> new Reconciliation(0.25, -1)).hasMessageContaining("minimum-count is 0 or more");
        assertThat(new BorderReconciliationSettings(null, new Reconciliation(0.25, 50)).borders()).isEmpty();
    }
}
