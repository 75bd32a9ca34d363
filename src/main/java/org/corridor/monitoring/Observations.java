package org.corridor.monitoring;

import jakarta.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.corridor.kernel.TextLimits;
import java.util.List;

/**
 * What the team saw: counts of persons (never who they are), the state of the checkpoint, and
 * concerns as tags. Every part is optional; the parts never exceed the total.
 */
public record Observations(@Nullable Integer personsTotal, @Nullable Integer men, @Nullable Integer women,
        @Nullable Integer children, @Nullable Integer unaccompaniedMinors, @Nullable Staffing staffing,
        @Nullable Equipment equipment, @Nullable Corruption corruption, @Nullable Integer humanitarianConditions, @ArraySchema(maxItems = TextLimits.ITEMS, schema = @Schema(maxLength = 60)) List<String> concerns,
        @Schema(maxLength = TextLimits.NARRATIVE) @Nullable String narrative) {

    public static final Observations NONE = new Observations(null, null, null, null, null, null, null, null, null,
            List.of(), null);

    public Observations {
        concerns = concerns == null ? List.of()
                : concerns.stream().map(String::trim).filter(c -> !c.isEmpty()).map(c -> c.toLowerCase(java.util.Locale.ROOT))
                        .distinct().toList();
    }

    public enum Staffing {
        ADEQUATE, UNDERSTAFFED, CRITICAL
    }

    public enum Equipment {
        ADEQUATE, LACKING
    }

    public enum Corruption {
        NONE, SUSPECTED, REPORTED
    }
}
