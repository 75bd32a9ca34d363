package org.corridor.monitoring;

import org.corridor.kernel.Region;
import java.util.Arrays;
import java.util.List;
import org.corridor.directory.LocationSummary;
import org.corridor.monitoring.Observations;
import org.corridor.monitoring.VisitDetails;
import org.corridor.monitoring.VisitDraft;

/** The columns of a visit in CSV and XLSX exports: stable names, local times, counts as numbers. */
final class VisitExport {

    static final List<String> HEADERS = List.of("id", "operation", "location_code", "location", "unit", "unit_name",
            "starts", "ends", "overnight", "status", "team_count", "persons_total", "men", "women", "children",
            "unaccompanied_minors", "checkpoint_staffing", "equipment", "corruption", "humanitarian_conditions",
            "concerns", "narrative", "follow_ups", "distribution_level", "version");

    private VisitExport() {
    }

    static List<Object> row(VisitDetails v, String operationCode, LocationSummary location) {
        Observations o = v.observations();
        return Arrays.asList(v.id().toString(), operationCode, location == null ? null : location.code(),
                location == null ? null : location.name(), v.unit().name(), v.unitName(),
                v.startsAt().atZone(Region.ZONE).toLocalDateTime(),
                v.endsAt().atZone(Region.ZONE).toLocalDateTime(), v.overnight(), v.status().name(),
                v.teamCount(), o.personsTotal(), o.men(), o.women(), o.children(), o.unaccompaniedMinors(),
                name(o.staffing()), name(o.equipment()), name(o.corruption()), o.humanitarianConditions(),
                String.join(", ", o.concerns()), o.narrative(), v.followUps().size(), v.distributionLevel().name(),
                v.version());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
