package org.corridor.monitoring;

import org.corridor.kernel.Region;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.kernel.RecordNotFound;
import org.corridor.accounts.ReadScope;
import org.corridor.accounts.Sharing;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.corridor.directory.OperationSummary;
import org.corridor.monitoring.MonitoringPlans;
import org.corridor.monitoring.MonitoringVisits;
import org.corridor.monitoring.Unit;
import org.corridor.monitoring.VisitDraft;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** Monitoring intensity (visits per ISO week against the plan) and the map of visits. */
@Controller
class IntensityController {

    /** A chart of more weeks than this is unreadable; ten years is far beyond any real use. */
    static final long MAX_WEEKS = 520;

    private final MonitoringPlans plans;
    private final MonitoringVisits visits;
    private final Directory directory;
    private final Sharing sharing;
    private final JsonMapper json;

    IntensityController(MonitoringPlans plans, MonitoringVisits visits, Directory directory, Sharing sharing,
            JsonMapper json) {
        this.plans = plans;
        this.visits = visits;
        this.directory = directory;
        this.sharing = sharing;
        this.json = json;
    }

    @GetMapping("/monitoring/intensity")
    String intensity(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) UUID operation,
            @RequestParam(required = false) UUID location, @RequestParam(required = false) Unit unit,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to, Model model) {
        ReadScope scope = sharing.scopeOf(user);
        List<OperationSummary> readable = directory.operations(scope::mayReadFigures);
        model.addAttribute("operations", readable);
        model.addAttribute("units", Unit.values());
        model.addAttribute("unit", unit);
        model.addAttribute("locationId", location);
        // The operation asked for, else the user's own, else the first whose figures the user may read and that has
        // visits (a page opens where the data is, not on an empty window), else the first readable one.
        OperationSummary chosen = operation != null
                ? directory.operations().stream().filter(o -> o.id().equals(operation)).findFirst()
                        .orElseThrow(() -> new RecordNotFound(operation))
                : readable.stream().filter(o -> scope.isMemberOf(o.id())).findFirst()
                        .or(() -> readable.stream().filter(o -> visits.visitSpan(user, o.id(), null).isPresent()).findFirst())
                        .orElse(readable.isEmpty() ? null : readable.get(0));
        if (chosen == null || !scope.mayReadFigures(chosen.id())) {
            // Never a zero or "below target" in place of figures the user may not read.
            model.addAttribute("shared", false);
            model.addAttribute("notShared", chosen);
            model.addAttribute("operationId", chosen == null ? null : chosen.id());
            model.addAttribute("locations", List.of());
            return "monitoring/intensity";
        }
        UUID operationId = chosen.id();
        // Without a period, show the weeks that have visits (at most the last two years of them).
        LocalDate[] span = visits.visitSpan(user, operationId, location).orElse(null);
        LocalDate end = to != null ? to : span != null ? span[1] : LocalDate.now(Region.ZONE);
        LocalDate start = from != null ? from : span != null && span[0].isAfter(end.minusWeeks(104)) ? span[0] : end.minusWeeks(26);
        String periodError = null;
        if (start.isAfter(end)) {
            periodError = "intensity.error.period";
            start = end.minusWeeks(26);
        } else if (ChronoUnit.WEEKS.between(start, end) > MAX_WEEKS) {
            periodError = "intensity.error.tooLong";
            start = end.minusWeeks(MAX_WEEKS);
        }
        List<MonitoringPlans.IntensityWeek> weeks = plans.intensity(user, operationId, location, unit, start, end);
        // A week of the whole operation is below target when a planned location missed its own target: summed over
        // the operation, visits elsewhere would hide it. One location's week is below when it missed its target.
        boolean planned = weeks.stream().anyMatch(w -> w.target() != null);
        Map<LocalDate, Integer> locationsBelow = Map.of();
        if (location == null && planned) {
            MonitoringPlans.Shortfalls shortfalls = plans.shortfalls(user, operationId, unit, start, end);
            locationsBelow = shortfalls.locationsBelowByWeek();
            Map<UUID, String> names = new java.util.HashMap<>();
            directory.locations().forEach(l -> names.put(l.id(), l.name()));
            model.addAttribute("shortfalls", shortfalls.locations().stream()
                    .map(l -> new PlannedLocation(names.getOrDefault(l.locationId(), l.locationId().toString()), l))
                    .sorted(java.util.Comparator.comparing(PlannedLocation::name)).toList());
            model.addAttribute("locationWeeksBelow", shortfalls.locationWeeksBelow());
        }
        Map<LocalDate, Integer> belowAt = locationsBelow;
        List<IntensityRow> rows = weeks.stream()
                .map(w -> new IntensityRow(w, location == null ? belowAt.getOrDefault(w.weekStart(), 0)
                        : w.belowTarget() ? 1 : 0))
                .toList();
        List<Map<String, Object>> series = rows.stream().map(r -> {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("label", r.week().label());
            point.put("visits", r.week().visits());
            point.put("target", r.week().target());
            point.put("below", r.below());
            return point;
        }).toList();
        model.addAttribute("planned", planned);
        model.addAttribute("wholeOperation", location == null);
        model.addAttribute("rows", rows);
        model.addAttribute("shared", true);
        model.addAttribute("weeks", weeks);
        model.addAttribute("seriesJson", safeJson(series));
        model.addAttribute("operationId", operationId);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("periodError", periodError);
        // Only the places where the operation has visits or plans (and the one asked for).
        java.util.Set<UUID> where = new java.util.HashSet<>(plans.locationsOf(user, operationId));
        if (location != null) {
            where.add(location);
        }
        model.addAttribute("locations", directory.locations().stream().filter(l -> where.contains(l.id())).toList());
        model.addAttribute("weeksBelow", rows.stream().filter(IntensityRow::below).count());
        model.addAttribute("totalVisits", weeks.stream().mapToLong(MonitoringPlans.IntensityWeek::visits).sum());
        model.addAttribute("locationName", location == null ? null
                : directory.location(location).map(LocationSummary::name).orElse(null));
        return "monitoring/intensity";
    }

    @GetMapping("/monitoring/map")
    String map(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) UUID operation,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to, Model model) {
        ReadScope scope = sharing.scopeOf(user);
        List<OperationSummary> operations = directory.operations();
        if (operation != null && operations.stream().noneMatch(o -> o.id().equals(operation))) {
            throw new RecordNotFound(operation);
        }
        // Operations whose visits the map does not count for this user: said in words, never left as blanks.
        List<OperationSummary> notShared = operations.stream()
                .filter(o -> operation == null || o.id().equals(operation))
                .filter(o -> !scope.mayReadFigures(o.id())).toList();
        List<MonitoringVisits.LocationVisits> counts = visits.byLocation(user,
                new MonitoringVisits.VisitFilter(operation, null, null, null, from, to));
        Map<UUID, LocationSummary> places = new LinkedHashMap<>();
        directory.locations().forEach(l -> places.put(l.id(), l));
        List<Map<String, Object>> points = counts.stream().filter(c -> places.containsKey(c.locationId())).map(c -> {
            LocationSummary place = places.get(c.locationId());
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("name", place.name());
            point.put("lat", place.latitude());
            point.put("lon", place.longitude());
            point.put("count", c.visits());
            point.put("colour", colour(c));
            point.put("url", "/monitoring/visits?location=" + place.id()
                    + (operation == null ? "" : "&operation=" + operation)
                    + (from == null ? "" : "&from=" + from) + (to == null ? "" : "&to=" + to));
            point.put("label", place.name() + ": " + c.visits() + " visits, " + c.withConcerns() + " with concerns"
                    + (c.topConcerns().isEmpty() ? "" : " (" + String.join(", ", c.topConcerns()) + ")"));
            return point;
        }).toList();
        model.addAttribute("counts", counts);
        model.addAttribute("places", places);
        model.addAttribute("pointsJson", safeJson(points));
        model.addAttribute("routeCountries", String.join(",", directory.countries().stream()
                .filter(c -> c.onRoute()).map(c -> c.iso2()).toList()));
        model.addAttribute("operation", operation);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("operations", operations.stream().filter(o -> scope.mayReadFigures(o.id())).toList());
        model.addAttribute("notShared", notShared);
        model.addAttribute("notSharedNames", String.join(", ", notShared.stream().map(OperationSummary::name).toList()));
        return "monitoring/map";
    }

    /** A row of the week table: the week and how many planned locations were below their target in it. */
    record IntensityRow(MonitoringPlans.IntensityWeek week, int locationsBelow) {
        public boolean below() {
            return locationsBelow > 0;
        }
    }

    /** A planned location's shortfall with the location's name, for the whole operation's table. */
    record PlannedLocation(String name, MonitoringPlans.LocationShortfall shortfall) {
    }

    /** Share of visits with concerns: none, some, or half and more. */
    static String colour(MonitoringVisits.LocationVisits counts) {
        if (counts.withConcerns() == 0) {
            return "ok";
        }
        return counts.withConcerns() * 2 >= counts.visits() ? "alert" : "warn";
    }

    /** JSON for a {@code <script type="application/json">} block: no {@code <} can close the element early. */
    private String safeJson(Object value) {
        return json.writeValueAsString(value).replace("<", "\\u003c");
    }
}
