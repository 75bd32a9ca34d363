package org.corridor.flows;

import org.corridor.kernel.Counts;
import org.corridor.kernel.Region;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.ReadScope;
import org.corridor.directory.CountrySummary;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The flow chart of a location or a country, with route events on the same days, and the map of flows. */
@Controller
class FlowChartController {

    private final FlowFigures figures;
    private final RouteEvents events;
    private final Directory directory;
    private final JsonMapper json;

    FlowChartController(FlowFigures figures, RouteEvents events, Directory directory, JsonMapper json) {
        this.figures = figures;
        this.events = events;
        this.directory = directory;
        this.json = json;
    }

    @GetMapping("/flows/chart")
    String chart(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) UUID country,
            @RequestParam(required = false) UUID location, @RequestParam(required = false) Direction direction,
            @RequestParam(required = false) String source, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, Model model) {
        FlowReference reference = FlowReference.of(directory);
        ReadScope scope = figures.scopeOf(user);
        Map<String, UUID> countryIds = reference.countryIdsByIso2();
        LocationSummary place = location == null ? null : reference.locationsById().get(location);
        Direction way = direction == null ? Direction.ENTRY : direction;
        SourceParameter sourceParameter = SourceParameter.parse(source);
        FlowFigures.Source who = sourceParameter.forFigures();
        UUID countryId = place != null ? countryIds.get(place.countryIso2()) : country;
        if (countryId == null) {
            // No place chosen: open where the user has figures to read (of the chosen source, else of any).
            boolean sourceChosen = source != null && !source.isBlank();
            List<UUID> hosts = reference.operations().stream().filter(o -> user.isMemberOf(o.id()))
                    .map(o -> countryIds.get(o.hostCountryIso2())).filter(java.util.Objects::nonNull).toList();
            var opening = figures.start(scope, way, who, hosts);
            if (opening.isEmpty() && !sourceChosen) {
                opening = figures.start(scope, way, null, hosts);
            }
            countryId = opening.map(FlowFigures.Start::countryId).orElseGet(() -> defaultCountry(user, reference));
            if (opening.isPresent() && !sourceChosen) {
                who = opening.get().source();
            }
        }
        FlowFigures.Place chosen = place != null ? FlowFigures.Place.location(countryId, place.id())
                : FlowFigures.Place.country(countryId);
        if ((country != null || place != null) && (source == null || source.isBlank())) {
            // A place chosen without a source opens on a source that counted there (UNHCR's monthly figures for
            // Greece), not on an empty own observation. Without a chosen place, the opening above chose both.
            who = figures.openingSource(scope, chosen, way).orElse(who);
        }

        // Without a period, show the days that have counts (at most the last two years of them).
        LocalDate[] span = figures.span(scope, chosen, way, who).orElse(null);
        LocalDate end = to != null ? to : span != null ? span[1] : LocalDate.now(Region.ZONE);
        LocalDate start = from != null ? from
                : span != null && span[0].isAfter(end.minusDays(FlowFigures.MAX_DAYS - 1)) ? span[0] : end.minusDays(182);
        String periodError = null;
        if (start.isAfter(end)) {
            periodError = "chart.error.period";
            start = end.minusDays(182);
        } else if (ChronoUnit.DAYS.between(start, end) >= FlowFigures.MAX_DAYS) {
            periodError = "chart.error.tooLong";
            start = end.minusDays(FlowFigures.MAX_DAYS - 1);
        }
        FlowFigures.Series series = figures.series(scope, chosen, way, who, start, end);
        // Counts left out of the user's figures are said to be not shared: never shown as a zero or a gap.
        List<String> notSharedBy = operationNames(reference, figures.notShared(scope, chosen, way, who, start, end));
        boolean anyFigure = series.days().stream().anyMatch(d -> d.total() != null || d.periodPerDay() != null)
                || !series.periods().isEmpty();
        List<RouteEvents.RouteEvent> markers = countryId == null ? List.of()
                : events.list(scope, countryId, null, start, end);

        List<Map<String, Object>> days = series.days().stream().map(d -> {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("date", d.date().toString());
            point.put("total", d.total());
            point.put("average", d.sevenDayAverage() == null ? null : Math.round(d.sevenDayAverage() * 10) / 10.0);
            point.put("perDay", d.periodPerDay() == null ? null : Math.round(d.periodPerDay() * 10) / 10.0);
            return point;
        }).toList();
        List<Map<String, Object>> eventPoints = markers.stream().map(e -> {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("date", e.occurredOn().toString());
            point.put("kind", e.kind().name());
            point.put("title", e.title());
            return point;
        }).toList();

        String placeName = place != null ? place.name()
                : countryId == null ? "" : reference.countryNames().getOrDefault(countryId, "");
        model.addAttribute("series", series);
        model.addAttribute("summary", Summary.of(series));
        model.addAttribute("notSharedBy", notSharedBy);
        model.addAttribute("notShared", !notSharedBy.isEmpty() && !anyFigure);
        model.addAttribute("daysWithCounts", series.days().stream().filter(d -> d.total() != null).toList());
        model.addAttribute("markers", markers);
        model.addAttribute("seriesJson", safeJson(Map.of("days", days, "events", eventPoints)));
        model.addAttribute("placeName", placeName);
        model.addAttribute("countryId", place == null ? countryId : null);
        model.addAttribute("locationId", place == null ? null : place.id());
        model.addAttribute("direction", way);
        model.addAttribute("source", who.own() ? SourceParameter.OWN : who.organisationId().toString());
        model.addAttribute("sourceName", who.own() ? null
                : reference.organisationsById().get(who.organisationId()) == null ? null
                : reference.organisationsById().get(who.organisationId()).shortName());
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("periodError", periodError);
        model.addAttribute("directions", Direction.values());
        reference.addTo(model);
        return "flows/chart";
    }

    @GetMapping("/flows/map")
    String map(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) Direction direction,
            @RequestParam(required = false) String source, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, Model model) {
        FlowReference reference = FlowReference.of(directory);
        Direction way = direction == null ? Direction.ENTRY : direction;
        SourceParameter sourceParameter = SourceParameter.parse(source);
        ReadScope scope = figures.scopeOf(user);
        // Opens on the last 30 days with daily counts the reader may read (the demo's are in 2015–16), not on an
        // empty month around today.
        LocalDate end = to != null ? to : from != null ? LocalDate.now(Region.ZONE)
                : figures.lastDailyDay(scope, way, sourceParameter.forFigures()).orElse(LocalDate.now(Region.ZONE));
        LocalDate start = from != null ? from : end.minusDays(29);
        String periodError = null;
        if (start.isAfter(end)) {
            periodError = "chart.error.period";
            start = end.minusDays(29);
        }
        List<FlowFigures.LocationFlow> flows = figures.byLocation(scope, way, sourceParameter.forFigures(), start, end);
        Map<UUID, java.util.Set<UUID>> hidden = figures.dailyNotSharedByLocation(scope, way,
                sourceParameter.forFigures(), start, end);
        Map<UUID, LocationSummary> places = reference.locationsById();
        java.util.Set<UUID> shown = flows.stream().map(FlowFigures.LocationFlow::locationId)
                .collect(java.util.stream.Collectors.toSet());
        // Places whose daily counts all come from operations that do not share their figures with the user: named as
        // not shared, never drawn as an empty circle or listed as zero.
        List<LocationSummary> notSharedPlaces = hidden.keySet().stream().filter(l -> !shown.contains(l))
                .map(places::get).filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing(LocationSummary::name)).toList();
        List<String> notSharedBy = operationNames(reference, hidden.values().stream()
                .flatMap(java.util.Set::stream).collect(java.util.stream.Collectors.toSet()));
        LocalDate first = start;
        List<Map<String, Object>> points = flows.stream().filter(f -> places.containsKey(f.locationId())).map(f -> {
            LocationSummary place = places.get(f.locationId());
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("name", place.name());
            point.put("lat", place.latitude());
            point.put("lon", place.longitude());
            point.put("count", f.total());
            point.put("colour", "ok");
            point.put("url", "/flows/chart?location=" + place.id() + "&direction=" + way + "&source="
                    + (sourceParameter.forFigures().own() ? SourceParameter.OWN : sourceParameter.organisation())
                    + "&from=" + first + "&to=" + end);
            point.put("label", Counts.of(f.total()) + " persons on " + Counts.of(f.days()) + " days counted");
            return point;
        }).toList();
        model.addAttribute("flows", flows.stream().filter(f -> places.containsKey(f.locationId())).toList());
        model.addAttribute("places", places);
        model.addAttribute("notSharedPlaces", notSharedPlaces);
        model.addAttribute("notSharedBy", notSharedBy);
        model.addAttribute("pointsJson", safeJson(points));
        model.addAttribute("routeCountries", String.join(",", reference.countries().stream()
                .filter(CountrySummary::onRoute).map(CountrySummary::iso2).toList()));
        model.addAttribute("direction", way);
        model.addAttribute("source", sourceParameter.forFigures().own() ? SourceParameter.OWN
                : sourceParameter.organisation().toString());
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("periodError", periodError);
        model.addAttribute("directions", Direction.values());
        reference.addTo(model);
        return "flows/map";
    }

    /** The host country of the user's first operation: where most readers start; else the first country on the route. */
    private static UUID defaultCountry(CorridorUser user, FlowReference reference) {
        Map<String, UUID> countryIds = reference.countryIdsByIso2();
        return reference.operations().stream().filter(o -> user.isMemberOf(o.id()))
                .map(o -> countryIds.get(o.hostCountryIso2())).filter(java.util.Objects::nonNull).findFirst()
                .orElse(reference.countries().stream().filter(CountrySummary::onRoute).map(CountrySummary::id)
                        .findFirst().orElse(null));
    }

    /**
     * What the chart draws, summed as it is drawn: the daily counts, and the weekly and the monthly figures each on
     * their own (a month and the weeks in it count the same people, so they are never added to one another).
     *
     * @param daysCounted days with a daily count; {@code days} the days of the chart
     */
    record Summary(long dailySum, int daysCounted, int days, long weeklySum, int weeks, long monthlySum, int months) {

        static Summary of(FlowFigures.Series series) {
            int counted = (int) series.days().stream().filter(d -> d.total() != null).count();
            long weekly = 0;
            long monthly = 0;
            int weeks = 0;
            int months = 0;
            for (FlowFigures.PeriodFigure period : series.periods()) {
                if (period.kind() == PeriodKind.WEEK) {
                    weekly += period.total();
                    weeks++;
                } else if (period.kind() == PeriodKind.MONTH) {
                    monthly += period.total();
                    months++;
                }
            }
            return new Summary(series.dailySum(), counted, series.days().size(), weekly, weeks, monthly, months);
        }

        public boolean nothing() {
            return daysCounted == 0 && weeks == 0 && months == 0;
        }
    }

    /** The operations' names, sorted, for "... does not share these figures with you". */
    static List<String> operationNames(FlowReference reference, java.util.Collection<UUID> operations) {
        return operations.stream().map(id -> reference.operationsById().get(id))
                .map(o -> o == null ? null : o.name()).filter(java.util.Objects::nonNull).sorted().toList();
    }

    /** JSON for a {@code <script type="application/json">} block: no {@code <} can close the element early. */
    private String safeJson(Object value) {
        return json.writeValueAsString(value).replace("<", "\\u003c");
    }
}
