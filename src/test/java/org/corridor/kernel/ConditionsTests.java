package org.corridor.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionsTests {

    @Test
    void anEmptyFilterMatchesEverything() {
        Conditions where = Conditions.none().and("v.location_id = :location", "location", null);

        assertThat(where.toString()).isEqualTo("true");
        assertThat(where.params()).isEmpty();
    }

    @Test
    void givenFiltersAreJoinedWithAndAndTheirValuesBoundNotWritten() {
        Conditions where = Conditions.none()
                .and("v.location_id = :location", "location", "loc-1")
                .and("v.unit = :unit", "unit", null)
                .and("v.status = :status", "status", "x' or '1'='1");

        assertThat(where.toString()).isEqualTo("(v.location_id = :location) and (v.status = :status)");
        assertThat(where.params()).containsEntry("location", "loc-1").containsEntry("status", "x' or '1'='1")
                .doesNotContainKey("unit");
    }

    @Test
    void keepsTheCallersParametersAndBracketsEachConditionSoAnOrCannotLeak() {
        Conditions where = Conditions.of(Map.of("read_user", "u"))
                .and("v.level = 'PUBLIC' or v.operation_id = any(:read_ops)")
                .andIf(false, "v.status <> 'CANCELLED'")
                .andIf(true, "v.kind = 'A'");

        assertThat(where.toString())
                .isEqualTo("(v.level = 'PUBLIC' or v.operation_id = any(:read_ops)) and (v.kind = 'A')");
        assertThat(where.params()).containsEntry("read_user", "u");
    }

    @Test
    void refusesOneParameterBoundToTwoValues() {
        Conditions where = Conditions.none().and("a = :x", "x", 1);

        assertThatThrownBy(() -> where.and("b = :x", "x", 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
