package org.corridor.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClosestTests {

    record Place(String code, String name) {
    }

    static final List<Place> PLACES = List.of(new Place("MK-GEVGELIJA-BCP", "Gevgelija border crossing point"),
            new Place("MK-GEVGELIJA-TC", "Vinojug transit centre"), new Place("MK-TABANOVCE-TC", "Tabanovce transit centre"),
            new Place("RS-PRESEVO-RC", "Preševo reception centre"));

    static List<String> closest(String typed) {
        return Closest.of(typed, PLACES, p -> List.of(p.code(), p.name()), 3).stream().map(Place::code).toList();
    }

    @Test
    void findsAPlaceByAWordOfItsNameOrAMisspeltCode() {
        assertThat(closest("Vinojug camp")).first().isEqualTo("MK-GEVGELIJA-TC");
        assertThat(closest("MK-TABANOVCE-CT")).first().isEqualTo("MK-TABANOVCE-TC");
        assertThat(closest("presevo")).first().isEqualTo("RS-PRESEVO-RC");
    }

    @Test
    void namesNothingWhenNothingIsAlike() {
        assertThat(closest("Qqqzzz")).isEmpty();
        assertThat(closest("")).isEmpty();
    }
}
