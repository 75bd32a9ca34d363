package org.corridor.activities;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corridor.accounts.CorridorUser;
import org.corridor.directory.CountrySummary;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.corridor.directory.OperationSummary;
import org.corridor.directory.OrganisationSummary;
import org.corridor.interchange.HxlTag;
import org.corridor.interchange.TableExport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Activities as a table in the 3W/4W convention: one row an activity, its locations, partners and documents listed
 * inside their cell. The same columns are written as CSV, XLSX and HXL-tagged CSV and read back by
 * {@link ActivityImport}, so an export imports unchanged.
 */
@Service
class ActivityTable {

    /** Items of a list cell (locations, partners, dimensions) are separated by this; documents one a line. */
    public static final String SEPARATOR = "; ";

    /** A column: its CSV header, its HXL hashtag, and whether it is only written (derived, not read back). */
    public enum Column {
        ID("id", "#meta+id"),
        OPERATION("operation", "#org+code"),
        OPERATION_NAME("operation_name", "#org"),
        TITLE("title", "#activity+name"),
        DESCRIPTION("description", "#activity+description"),
        RESPONSE_AREA("response_area", "#sector"),
        DIMENSIONS("dimensions", "#meta+dimension"),
        KIND("kind", "#meta+kind"),
        FUNDING("funding", "#meta+funding"),
        DONOR("donor", "#org+funder"),
        PROJECT_CODE("project_code", "#activity+code"),
        STATUS("status", "#status"),
        STARTS_ON("starts_on", "#date+start"),
        ENDS_ON("ends_on", "#date+end"),
        COUNTRY_CODE("country_code", "#country+code", true),
        ADM1("adm1", "#adm1+name", true),
        LOCATION_CODES("location_codes", "#loc+code"),
        LOCATIONS("locations", "#loc+name"),
        PARTNERS("partners", "#org+partner"),
        DOCUMENTS("documents", "#meta+documents"),
        DISTRIBUTION_LEVEL("distribution_level", "#meta+distribution"),
        /** "yes" for the migration response, "no" for the operation's regular work outside it. */
        MIGRATION_RESPONSE("migration_response", "#meta+response"),
        TARGETED("targeted", "#targeted", true),
        REACHED("reached", "#reached", true);

        public final String header;
        public final HxlTag tag;
        public final boolean exportOnly;

        Column(String header, String tag) {
            this(header, tag, false);
        }

        Column(String header, String tag, boolean exportOnly) {
            this.header = header;
            this.tag = HxlTag.parse(tag).orElseThrow();
            this.exportOnly = exportOnly;
        }

        /** The column a CSV header names (case and spaces forgiven). */
        public static Optional<Column> ofHeader(String header) {
            String key = header.trim().toLowerCase(Locale.ROOT).replace(' ', '_');
            return Arrays.stream(values()).filter(c -> c.header.equals(key)).findFirst();
        }

        /**
         * The column a hashtag fills: exactly our tag, else our tag with more attributes, or the plainer tags other
         * 3W files use ({@code #activity},
         * {@code #loc}, {@code #adm1}, {@code #country}, {@code #targeted+total} ...).
         */
        public static Optional<Column> ofTag(HxlTag tag) {
            for (Column c : values()) {
                if (c.tag.equals(tag)) {
                    return Optional.of(c);
                }
            }
            // As libhxl's tag patterns: extra attributes match (#sector+cluster is the response area, #org+es the
            // operation's name), the most specific pattern winning.
            Optional<Column> matched = tag.mostSpecific(Arrays.asList(values()), c -> c.tag);
            if (matched.isPresent()) {
                return matched;
            }
            Set<String> a = tag.attributes();
            Column column = switch (tag.name()) {
                case "activity" -> a.isEmpty() || a.contains("name") ? TITLE : null;
                case "loc" -> a.isEmpty() ? LOCATIONS : null;
                case "adm1" -> ADM1;
                case "country", "adm0" -> COUNTRY_CODE;
                case "targeted" -> TARGETED;
                case "reached" -> REACHED;
                default -> null;
            };
            return Optional.ofNullable(column);
        }
    }

    public static List<String> headers() {
        return Arrays.stream(Column.values()).map(c -> c.header).toList();
    }

    public static List<String> hxlTags() {
        return Arrays.stream(Column.values()).map(c -> c.tag.toString()).toList();
    }

    private final Activities activities;
    private final Directory directory;
    private final JdbcClient jdbc;

    ActivityTable(Activities activities, Directory directory, JdbcClient jdbc) {
        this.activities = activities;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    /**
     * The activities the filter shows, a row each in column order. {@code typed} keeps dates and numbers as such
     * (for XLSX); otherwise every value is text.
     */
    public void rows(CorridorUser user, ActivityFilter filter, boolean typed, TableExport.RowSink sink)
            throws IOException {
        List<Activity> found = activities.all(user, filter);
        Map<UUID, OperationSummary> operations = byId(directory.operations(), OperationSummary::id);
        Map<UUID, LocationSummary> locations = byId(directory.locations(), LocationSummary::id);
        Map<UUID, OrganisationSummary> organisations = byId(directory.organisations(), OrganisationSummary::id);
        Map<String, String> alpha3 = new HashMap<>();
        for (CountrySummary country : directory.countries()) {
            alpha3.put(country.iso2().toUpperCase(Locale.ROOT), country.iso3());
        }
        Map<UUID, long[]> participants = participants(found.stream().map(Activity::id).toArray(UUID[]::new));
        for (Activity a : found) {
            OperationSummary operation = operations.get(a.operationId());
            List<LocationSummary> places = a.locationIds().stream().map(locations::get)
                    .filter(java.util.Objects::nonNull).sorted(java.util.Comparator.comparing(LocationSummary::code))
                    .toList();
            // Where the activity is: the countries of its locations, or else the country hosting the operation.
            Set<String> countries = new LinkedHashSet<>();
            places.forEach(p -> countries.add(alpha3.get(p.countryIso2().toUpperCase(Locale.ROOT))));
            if (countries.isEmpty() && operation != null && operation.hostCountryIso2() != null) {
                countries.add(alpha3.get(operation.hostCountryIso2().toUpperCase(Locale.ROOT)));
            }
            countries.remove(null);
            long[] numbers = participants.get(a.id());
            List<Object> row = new ArrayList<>(Column.values().length);
            for (Column column : Column.values()) {
                row.add(switch (column) {
                    case ID -> a.id().toString();
                    case OPERATION -> operation == null ? null : operation.code();
                    case OPERATION_NAME -> operation == null ? null : operation.name();
                    case TITLE -> a.title();
                    case DESCRIPTION -> a.description();
                    case RESPONSE_AREA -> a.responseArea().name();
                    case DIMENSIONS -> a.dimensions().stream().map(Enum::name).sorted()
                            .collect(Collectors.joining(SEPARATOR));
                    case KIND -> a.kind().name();
                    case FUNDING -> a.funding() == null ? null : a.funding().name();
                    case DONOR -> a.donor();
                    case PROJECT_CODE -> a.projectCode();
                    case STATUS -> a.status().name();
                    case STARTS_ON -> typed ? a.startsOn() : a.startsOn().toString();
                    case ENDS_ON -> a.endsOn() == null ? null : typed ? a.endsOn() : a.endsOn().toString();
                    case COUNTRY_CODE -> String.join(SEPARATOR, countries);
                    case ADM1 -> null; // the directory does not know first-level admin areas
                    case LOCATION_CODES -> places.stream().map(LocationSummary::code).collect(Collectors.joining(SEPARATOR));
                    case LOCATIONS -> places.stream().map(LocationSummary::name).collect(Collectors.joining(SEPARATOR));
                    case PARTNERS -> a.partners().stream()
                            .map(p -> (organisations.containsKey(p.organisationId())
                                    ? organisations.get(p.organisationId()).shortName() : p.organisationId()) + " " + p.role())
                            .sorted().collect(Collectors.joining(SEPARATOR));
                    case DOCUMENTS -> a.documents().stream().map(d -> d.title() + " | " + d.reference())
                            .collect(Collectors.joining("\n"));
                    case DISTRIBUTION_LEVEL -> a.distributionLevel().name();
                    case MIGRATION_RESPONSE -> a.migrationResponse() ? "yes" : "no";
                    case TARGETED -> numbers == null ? null : typed ? numbers[0] : String.valueOf(numbers[0]);
                    case REACHED -> numbers == null ? null : typed ? numbers[1] : String.valueOf(numbers[1]);
                });
            }
            sink.row(row);
        }
    }

    /** Targeted and reached participants summed over each activity's capacity-building events. */
    private Map<UUID, long[]> participants(UUID[] ids) {
        Map<UUID, long[]> sums = new HashMap<>();
        if (ids.length == 0) {
            return sums;
        }
        jdbc.sql("""
                select e.activity_id, coalesce(sum(p.target), 0) as targeted, coalesce(sum(p.achieved), 0) as reached
                from capacity_event e join capacity_participants p on p.event_id = e.id
                where e.activity_id = any(:ids) group by e.activity_id""")
                .param("ids", ids)
                .query((rs, n) -> sums.put(rs.getObject("activity_id", UUID.class),
                        new long[] {rs.getLong("targeted"), rs.getLong("reached")}))
                .list();
        return sums;
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        Map<UUID, T> map = new HashMap<>();
        items.forEach(i -> map.put(id.apply(i), i));
        return map;
    }
}
