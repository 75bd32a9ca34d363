package org.corridor.flows;

import org.corridor.kernel.Region;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.ReadScope;
import org.corridor.directory.CountryPoint;
import org.corridor.directory.CountrySummary;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.corridor.directory.OperationSummary;
import org.corridor.directory.OrganisationSummary;
import org.corridor.flows.Direction;
import org.corridor.flows.FlowCount;
import org.corridor.flows.FlowCounts;
import org.corridor.flows.FlowFigures;
import org.corridor.flows.FlowFilter;
import org.corridor.interchange.TableExport;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The flow counts list, filtered as the page is, as CSV, XLSX and HXL-tagged CSV; and the daily counts
 * of a period summed per location as GeoJSON points.
 */
@Controller
class FlowExportController {


    /** The columns of the CSV, XLSX and HXL exports; HXL's hashtag row gives each its tag (none for our own). */
    static final List<String> HEADERS = List.of("period_start", "period_end", "period_kind", "country_code",
            "location_code", "location", "direction", "source", "total", "men", "women", "children",
            "unaccompanied_minors", "nationalities", "operation", "distribution_level", "id", "version");
    static final List<String> HXL_TAGS = List.of("#date+start", "#date+end", "", "#country+code", "#loc+code",
            "#loc+name", "#meta+direction", "#org", "#affected+total", "#affected+m", "#affected+f",
            "#affected+children", "#affected+unaccompanied", "", "", "", "", "");

    private final FlowCounts counts;
    private final FlowFigures figures;
    private final Directory directory;
    private final JsonMapper json;

    FlowExportController(FlowCounts counts, FlowFigures figures, Directory directory, JsonMapper json) {
        this.counts = counts;
        this.figures = figures;
        this.directory = directory;
        this.json = json;
    }

    @GetMapping("/flows.csv")
    void csv(@AuthenticationPrincipal CorridorUser user, @ModelAttribute FlowCountController.ListQuery query,
            HttpServletResponse response) throws IOException {
        attachment(response, "text/csv;charset=UTF-8", "flow-counts-" + today() + ".csv");
        Names names = names();
        TableExport.csv(response.getOutputStream(), HEADERS, sink -> rows(user, query.filter(), names, sink, false));
    }

    @GetMapping("/flows.hxl.csv")
    void hxl(@AuthenticationPrincipal CorridorUser user, @ModelAttribute FlowCountController.ListQuery query,
            HttpServletResponse response) throws IOException {
        attachment(response, "text/csv;charset=UTF-8", "flow-counts-hxl-" + today() + ".csv");
        Names names = names();
        TableExport.hxl(response.getOutputStream(), HEADERS, HXL_TAGS,
                sink -> rows(user, query.filter(), names, sink, false));
    }

    @GetMapping("/flows.xlsx")
    void xlsx(@AuthenticationPrincipal CorridorUser user, @ModelAttribute FlowCountController.ListQuery query,
            HttpServletResponse response) throws IOException {
        attachment(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "flow-counts-" + today() + ".xlsx");
        Names names = names();
        TableExport.xlsx(response.getOutputStream(), "Flow counts", HEADERS,
                sink -> rows(user, query.filter(), names, sink, true));
    }

    /** What a feature's point is: the count's location, or its country's representative point (a national total). */
    static final String POINT_IS_LOCATION = "location";
    static final String POINT_IS_COUNTRY = "country representative point";

    /**
     * The list's counts, filtered as the page is, as GeoJSON: one feature a count, with the CSV's columns as its
     * properties, at its location; a national total (no location) at its country's representative point, with
     * {@code point_is} saying so (and {@code country_point} what the point is), so that it is not taken for a count at
     * that town; no geometry (null, as RFC 7946 allows) for a country without one. Written as it is read: a file of a
     * million counts is never held in memory.
     */
    @GetMapping("/flows.geojson")
    void geojson(@AuthenticationPrincipal CorridorUser user, @ModelAttribute FlowCountController.ListQuery query,
            HttpServletResponse response) throws IOException {
        attachment(response, "application/geo+json", "flow-counts-" + today() + ".geojson");
        Names names = names();
        Map<UUID, CountryPoint> countryPoints = directory.countryPoints();
        try (JsonGenerator out = json.createGenerator(response.getOutputStream())) {
            out.writeStartObject();
            out.writeStringProperty("type", "FeatureCollection");
            out.writeArrayPropertyStart("features");
            try {
                counts.forEach(user, query.filter(), c -> out.writePOJO(feature(c, names, countryPoints)));
            } catch (tools.jackson.core.JacksonException e) {
                // The client went away (or the disk is full): stop reading.
                throw new IOException(e);
            }
            out.writeEndArray();
            out.writeEndObject();
        }
    }

    private static Map<String, Object> feature(FlowCount c, Names names, Map<UUID, CountryPoint> countryPoints) {
        LocationSummary place = c.locationId() == null ? null : names.locations().get(c.locationId());
        CountryPoint countryPoint = place == null ? countryPoints.get(c.countryId()) : null;
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("id", c.id().toString());
        properties.put("period_start", c.periodStart().toString());
        properties.put("period_end", c.periodEnd().toString());
        properties.put("period_kind", c.periodKind().name());
        properties.put("country_code", names.alpha3(c.countryId()));
        properties.put("location_code", place == null ? null : place.code());
        properties.put("location", place == null ? null : place.name());
        properties.put("national_total", c.locationId() == null);
        properties.put("point_is", place != null ? POINT_IS_LOCATION : countryPoint != null ? POINT_IS_COUNTRY : null);
        properties.put("country_point", countryPoint == null ? null : countryPoint.pointIs());
        properties.put("direction", c.direction().name());
        properties.put("source", names.organisation(c.sourceOrganisationId()));
        properties.put("total", c.total());
        properties.put("men", c.men());
        properties.put("women", c.women());
        properties.put("children", c.children());
        properties.put("unaccompanied_minors", c.unaccompaniedMinors());
        properties.put("nationalities", c.nationalities());
        properties.put("operation", names.operation(c.operationId()));
        properties.put("distribution_level", c.distributionLevel().name());
        properties.put("version", c.version());
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        // GeoJSON (RFC 7946) puts longitude first.
        feature.put("geometry", place != null ? point(place.longitude(), place.latitude())
                : countryPoint != null ? point(countryPoint.longitude(), countryPoint.latitude()) : null);
        feature.put("properties", properties);
        return feature;
    }

    private static Map<String, Object> point(double longitude, double latitude) {
        return Map.of("type", "Point", "coordinates", List.of(longitude, latitude));
    }

    /**
     * The map's figures as GeoJSON points: each location's daily counts of the period summed, of one direction and
     * source (entry and own observation when not chosen), as the map sums them, so nobody is counted twice; without a
     * period, the map's (the last 30 days with daily counts the user may read). These are figures: they add the counts
     * of every operation whose figures the user may read. A place whose counts come only from operations that do not
     * share their figures with the user is a point with no total and {@code "shared": false}; {@code not_shared_by}
     * names (by code) the operations whose counts are left out.
     */
    @GetMapping("/flows/map.geojson")
    void mapGeojson(@AuthenticationPrincipal CorridorUser user, @ModelAttribute FlowCountController.ListQuery query,
            HttpServletResponse response) throws IOException {
        Direction direction = query.direction() == null ? Direction.ENTRY : query.direction();
        SourceParameter source = SourceParameter.parse(query.source());
        ReadScope scope = figures.scopeOf(user);
        LocalDate to = query.to() != null ? query.to() : query.from() != null ? today()
                : figures.lastDailyDay(scope, direction, source.forFigures()).orElse(today());
        LocalDate from = query.from() == null ? to.minusDays(29) : query.from();
        Names names = names();
        List<Map<String, Object>> features = new ArrayList<>();
        Map<UUID, java.util.Set<UUID>> hidden = figures.dailyNotSharedByLocation(scope, direction,
                source.forFigures(), from, to);
        List<FlowFigures.LocationFlow> flows = new ArrayList<>(figures.byLocation(scope, direction, source.forFigures(),
                from, to));
        java.util.Set<UUID> shown = flows.stream().map(FlowFigures.LocationFlow::locationId).collect(Collectors.toSet());
        hidden.keySet().stream().filter(l -> !shown.contains(l)).sorted()
                .forEach(l -> flows.add(new FlowFigures.LocationFlow(l, 0, 0)));
        for (FlowFigures.LocationFlow flow : flows) {
            LocationSummary place = names.locations().get(flow.locationId());
            if (place == null || (query.country() != null && !query.country().equals(names.countryOf(place)))
                    || (query.location() != null && !query.location().equals(place.id()))) {
                continue;
            }
            boolean shared = shown.contains(flow.locationId());
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("location_code", place.code());
            properties.put("name", place.name());
            properties.put("country_code", names.alpha3(names.countryOf(place)));
            properties.put("direction", direction.name());
            properties.put("source", source.forFigures().own() ? null : names.organisation(source.organisation()));
            properties.put("from", from.toString());
            properties.put("to", to.toString());
            properties.put("shared", shared);
            properties.put("total", shared ? flow.total() : null);
            properties.put("days_counted", shared ? flow.days() : null);
            properties.put("not_shared_by", hidden.getOrDefault(flow.locationId(), java.util.Set.of()).stream()
                    .map(names::operation).filter(java.util.Objects::nonNull).sorted().toList());
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            // GeoJSON (RFC 7946) puts longitude first.
            feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(place.longitude(), place.latitude())));
            feature.put("properties", properties);
            features.add(feature);
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        attachment(response, "application/geo+json", "flows-" + from + "-" + to + ".geojson");
        json.writeValue(response.getOutputStream(), collection);
    }

    private void rows(CorridorUser user, FlowFilter filter, Names names, TableExport.RowSink sink, boolean typed)
            throws IOException {
        try {
            counts.forEach(user, filter, c -> {
                LocationSummary place = c.locationId() == null ? null : names.locations().get(c.locationId());
                try {
                    sink.row(Arrays.asList(typed ? c.periodStart() : c.periodStart().toString(),
                            typed ? c.periodEnd() : c.periodEnd().toString(), c.periodKind().name(),
                            names.alpha3(c.countryId()), place == null ? null : place.code(),
                            place == null ? null : place.name(), c.direction().name(),
                            names.organisation(c.sourceOrganisationId()), c.total(), c.men(), c.women(), c.children(),
                            c.unaccompaniedMinors(), c.nationalities().entrySet().stream()
                                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";")),
                            names.operation(c.operationId()), c.distributionLevel().name(), c.id().toString(),
                            c.version()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            // The client went away (or the disk is full): stop reading, say so as the I/O failure it is.
            throw e.getCause();
        }
    }

    private static void attachment(HttpServletResponse response, String type, String name) {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }

    private static LocalDate today() {
        return LocalDate.now(Region.ZONE);
    }

    private Names names() {
        FlowReference reference = FlowReference.of(directory);
        return new Names(reference.countriesById(), reference.countryIdsByIso2(), reference.locationsById(),
                reference.organisationsById(), reference.operationsById());
    }

    /** Codes and names, looked up once per export. */
    private record Names(Map<UUID, CountrySummary> countries, Map<String, UUID> countryIds,
            Map<UUID, LocationSummary> locations, Map<UUID, OrganisationSummary> organisations,
            Map<UUID, OperationSummary> operations) {

        String alpha3(UUID country) {
            return country == null || !countries.containsKey(country) ? null : countries.get(country).iso3();
        }

        UUID countryOf(LocationSummary place) {
            return countryIds.get(place.countryIso2());
        }

        /** The source as it is known in the field: the acronym (UNHCR) where there is one; nothing for own observation. */
        String organisation(UUID id) {
            return id == null || !organisations.containsKey(id) ? null : organisations.get(id).shortName();
        }

        String operation(UUID id) {
            return operations.containsKey(id) ? operations.get(id).code() : null;
        }
    }
}
