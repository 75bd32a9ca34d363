package org.corridor.flows;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.corridor.accounts.DistributionLevel;
import org.corridor.directory.CountrySummary;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.corridor.directory.OrganisationSummary;
import org.corridor.interchange.Closest;
import org.corridor.interchange.HxlTag;
import org.corridor.interchange.ImportJobs;
import org.corridor.interchange.ImportRun;
import org.corridor.interchange.ProblemLog;
import org.corridor.interchange.TableColumn;
import org.corridor.interchange.TableRow;
import org.corridor.kernel.PlausibleDates;
import org.corridor.kernel.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * What a flow import supplies to the import pipeline for one file: its columns (CSV headers and HXL tags), its row
 * rules (each row turned into a {@link FlowCountDraft} and checked by the same {@link FlowCountRules} as a count typed
 * into the form), and its staging and writing ({@link FlowImportStaging}).
 */
final class FlowImportRun implements ImportRun {

    private static final Logger log = LoggerFactory.getLogger(FlowImport.class);

    /** The import's sentences, in English as in the job's report. */
    @FunctionalInterface
    interface Messages {
        String get(String code, Object... arguments);
    }

    /** The fields a column may fill; each with its documented CSV header. */
    enum Field {
        DATE("date", "#date"), PERIOD_START("period_start", "#date+start"), PERIOD_END("period_end", "#date+end"),
        PERIOD("period", null), LOCATION_CODE("location_code", "#loc+code"), LOCATION_NAME("location", "#loc+name"),
        COUNTRY("country", "#country+code"), DIRECTION("direction", "#meta+direction"), SOURCE("source", "#org"),
        TOTAL("total", "#affected+total"), MEN("men", "#affected+m"), WOMEN("women", "#affected+f"),
        CHILDREN("children", "#affected+children"), UNACCOMPANIED("unaccompanied_minors", "#affected+unaccompanied"),
        NATIONALITIES("nationalities", null), DISTRIBUTION("distribution_level", null);

        final String header;
        /** The documented hashtag; null for a field a HXL file cannot tag. */
        final String tag;

        Field(String header, String tag) {
            this.header = header;
            this.tag = tag;
        }

        /** How a report names a column the file lacks: its CSV header and its hashtag, e.g. {@code total (#affected+total)}. */
        String spelled() {
            return tag == null ? header : header + " (" + tag + ")";
        }
    }

    /** The field a HXL tag fills, by tag and exact attributes; empty for tags this import does not know. */
    static Optional<Field> fieldOf(HxlTag tag) {
        var a = tag.attributes();
        Field field = switch (tag.name()) {
            case "date" -> a.contains("start") ? Field.PERIOD_START : a.contains("end") ? Field.PERIOD_END : Field.DATE;
            case "loc" -> a.contains("code") ? Field.LOCATION_CODE : a.contains("name") || a.isEmpty() ? Field.LOCATION_NAME : null;
            case "adm0", "country" -> a.contains("code") || a.isEmpty() ? Field.COUNTRY : null;
            case "org" -> Field.SOURCE;
            case "meta" -> a.contains("direction") ? Field.DIRECTION : null;
            case "affected", "inneed", "reached" -> affected(a);
            default -> null;
        };
        return Optional.ofNullable(field);
    }

    private static Field affected(java.util.Set<String> a) {
        if (a.contains("unaccompanied")) {
            return Field.UNACCOMPANIED;
        }
        if (a.size() == 1 && a.contains("children")) {
            return Field.CHILDREN;
        }
        if (a.size() == 1 && a.contains("m")) {
            return Field.MEN;
        }
        if (a.size() == 1 && a.contains("f")) {
            return Field.WOMEN;
        }
        return a.isEmpty() || (a.size() == 1 && a.contains("total")) ? Field.TOTAL : null;
    }

    static Optional<Field> fieldOf(String header) {
        String key = header.trim().toLowerCase(Locale.ROOT).replace(' ', '_');
        for (Field field : Field.values()) {
            if (field.header.equals(key)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** How many close codes an unknown location's error names. */
    private static final int SUGGESTIONS = 3;

    /** The directory's list of places, where a report sends whoever needs a code. */
    static final String LOCATION_LIST = "/directory/locations";

    private final ImportJobs.Running job;
    private final UUID operationId;
    private final FlowCountRules rules;
    private final FlowImportStaging staging;
    private final Messages messages;
    private final ProblemLog problems;
    private final Map<String, LocationSummary> locationByCode = new HashMap<>();
    private final Map<String, LocationSummary> locationByName = new HashMap<>();
    private final List<LocationSummary> locations;
    private final Map<String, UUID> countryByCode = new HashMap<>();
    private final Map<String, UUID> sourceByName = new HashMap<>();
    private final Map<Field, TableColumn> columns = new EnumMap<>(Field.class);
    private long rejected;
    /** The file lacks a column every count needs, or has no header at all: rows are not checked one by one. */
    private boolean unusable;

    FlowImportRun(ImportJobs.Running job, FlowCountRules rules, Directory directory, FlowImportStaging staging,
            Messages messages) {
        this.job = job;
        this.operationId = job.operationId();
        this.rules = rules;
        this.staging = staging;
        this.messages = messages;
        this.problems = job.problems();
        for (CountrySummary country : directory.countries()) {
            countryByCode.put(country.iso2().toUpperCase(Locale.ROOT), country.id());
            if (country.iso3() != null) {
                countryByCode.put(country.iso3().toUpperCase(Locale.ROOT), country.id());
            }
        }
        locations = directory.locations();
        for (LocationSummary location : locations) {
            locationByCode.put(location.code().toUpperCase(Locale.ROOT), location);
            locationByName.putIfAbsent(location.name().trim().toLowerCase(Locale.ROOT), location);
        }
        for (OrganisationSummary organisation : directory.organisations()) {
            sourceByName.put(organisation.name().trim().toLowerCase(Locale.ROOT), organisation.id());
            if (organisation.acronym() != null && !organisation.acronym().isBlank()) {
                sourceByName.put(organisation.acronym().trim().toLowerCase(Locale.ROOT), organisation.id());
            }
        }
    }

    /** Checked rows are staged as they are read. */
    @Override
    public void read(Reading reading) throws IOException {
        staging.open();
        try {
            reading.read();
            staging.close();
        } finally {
            staging.cancel();
        }
        staging.step("read, check rows and stage");
    }

    @Override
    public void check() {
        rejected += staging.check();
    }

    @Override
    public long rowsRejected() {
        return rejected;
    }

    @Override
    public Counts wouldWrite() {
        Counts counts = staging.dryRunCounts();
        log.info("Flow import {}: {} rows, {} s", job.id(), job.rowsRead(), staging.steps);
        return counts;
    }

    @Override
    public Counts write() {
        Counts counts = staging.write();
        log.info("Flow import {}: {} rows, {} s", job.id(), job.rowsRead(), staging.steps);
        return counts;
    }

    @Override
    public String emptyFile() {
        return message("flow.import.empty");
    }

    /**
     * Someone changed the counts or the directory while the file was imported: a race, not a fault. A key saved
     * meanwhile violates the unique key; a place deleted meanwhile violates a foreign key where the per-row checks
     * run (a role that may not set session_replication_role), or is found when the references are locked otherwise.
     */
    @Override
    public Optional<String> changedMeanwhile(RuntimeException failure) {
        return failure instanceof DataIntegrityViolationException || failure instanceof FlowImportStaging.ChangedMeanwhile
                ? Optional.of(message("flow.import.changedMeanwhile")) : Optional.empty();
    }

    @Override
    public void columns(List<TableColumn> found) {
        if (found.stream().noneMatch(c -> known(c).isPresent())) {
            // Most likely a file without a header, its first row of data read as one: a note for each of its cells
            // and an error for every row would hide the one thing to say.
            unusable = true;
            problems.error(TableColumn.lineOf(found), "", "", message("flow.import.noHeader"));
            return;
        }
        for (TableColumn column : found) {
            Optional<Field> field = known(column);
            boolean tagged = found.stream().anyMatch(c -> c.tag() != null);
            if (field.isEmpty()) {
                if (column.tag() != null || (!tagged && !column.header().isBlank())) {
                    problems.note(column.line(), column.label(), column.label(), message("flow.import.unknownColumn"));
                }
            } else if (columns.containsKey(field.get())) {
                problems.note(column.line(), column.label(), column.label(), message("flow.import.repeatedColumn",
                        columns.get(field.get()).label()));
            } else {
                columns.put(field.get(), column);
            }
        }
        if (!columns.containsKey(Field.TOTAL)) {
            unusable = true;
            problems.error(TableColumn.lineOf(found), "", "", message("flow.import.noTotalColumn"));
        }
        if (!columns.containsKey(Field.DATE) && !columns.containsKey(Field.PERIOD_START)) {
            unusable = true;
            problems.error(TableColumn.lineOf(found), "", "", message("flow.import.noDateColumn"));
        }
    }

    private static Optional<Field> known(TableColumn column) {
        return column.tag() != null ? fieldOf(column.tag())
                : column.header().isBlank() ? Optional.empty() : fieldOf(column.header());
    }

    @Override
    public void row(TableRow row) {
        if (unusable) {
            // the file's columns are wrong as a whole, said once; each row would only repeat it
            rejected++;
            return;
        }
        long errorsBefore = problems.errorCount();
        FlowCountDraft draft = draft(row);
        if (problems.errorCount() == errorsBefore) {
            FlowCountDraft complete = rules.completed(draft);
            for (Problem problem : rules.problems(complete)) {
                TableColumn column = columnOf(problem.field());
                problems.error(row.line(), column == null ? missingColumns(problem.field()) : column.label(),
                        column == null ? "" : row.value(column), message(problem.code(), problem.arguments()));
            }
            if (problems.errorCount() == errorsBefore) {
                staging.stage(row.line(), complete);
            }
        }
        if (problems.errorCount() > errorsBefore) {
            rejected++;
        }
    }

    private FlowCountDraft draft(TableRow row) {
        LocalDate day = date(row, Field.DATE);
        LocalDate start = date(row, Field.PERIOD_START);
        LocalDate end = date(row, Field.PERIOD_END);
        PeriodKind kind = enumValue(row, Field.PERIOD, PeriodKind.class);
        UUID location = null;
        String code = value(row, Field.LOCATION_CODE);
        String name = value(row, Field.LOCATION_NAME);
        if (!code.isEmpty()) {
            LocationSummary found = locationByCode.get(code.toUpperCase(Locale.ROOT));
            location = found == null ? null : found.id();
            if (found == null) {
                unknownLocation(row, Field.LOCATION_CODE, code);
            }
        } else if (!name.isEmpty()) {
            LocationSummary found = locationByName.get(name.toLowerCase(Locale.ROOT));
            location = found == null ? null : found.id();
            if (found == null) {
                unknownLocation(row, Field.LOCATION_NAME, name);
            }
        }
        UUID country = null;
        String countryCode = value(row, Field.COUNTRY);
        if (!countryCode.isEmpty()) {
            country = countryByCode.get(countryCode.toUpperCase(Locale.ROOT));
            if (country == null) {
                error(row, Field.COUNTRY, "flow.import.unknownCountry");
            }
        }
        UUID source = null;
        String sourceName = value(row, Field.SOURCE);
        if (!sourceName.isEmpty() && !isOwnObservation(sourceName)) {
            source = sourceByName.get(sourceName.toLowerCase(Locale.ROOT));
            if (source == null) {
                error(row, Field.SOURCE, "flow.error.unknownSource");
            }
        }
        Direction direction = enumValue(row, Field.DIRECTION, Direction.class);
        DistributionLevel level = enumValue(row, Field.DISTRIBUTION, DistributionLevel.class);
        return new FlowCountDraft(operationId, kind, start != null ? start : day, end, country, location, direction,
                source, number(row, Field.TOTAL), number(row, Field.MEN), number(row, Field.WOMEN),
                number(row, Field.CHILDREN), number(row, Field.UNACCOMPANIED), nationalities(row), level);
    }

    /**
     * A file cannot offer a list to choose from as the form does: the report names the directory's closest codes
     * (by code and name) and where the directory lists every place.
     */
    private void unknownLocation(TableRow row, Field field, String typed) {
        List<String> closest = Closest.of(typed, locations, l -> List.of(l.code(), l.name()), SUGGESTIONS).stream()
                .map(l -> l.code() + " (" + l.name() + ")").toList();
        if (closest.isEmpty()) {
            error(row, field, "flow.import.unknownLocationNone", LOCATION_LIST);
        } else {
            error(row, field, "flow.import.unknownLocation", String.join(", ", closest), LOCATION_LIST);
        }
    }

    private boolean isOwnObservation(String source) {
        String s = source.trim().toLowerCase(Locale.ROOT);
        return s.equals("own") || s.equals("own observation") || s.equals("osce");
    }

    private String value(TableRow row, Field field) {
        TableColumn column = columns.get(field);
        return column == null ? "" : row.value(column);
    }

    private void error(TableRow row, Field field, String code, Object... arguments) {
        TableColumn column = columns.get(field);
        problems.error(row.line(), column.label(), row.value(column), message(code, arguments));
    }

    private LocalDate date(TableRow row, Field field) {
        String value = value(row, field);
        if (value.isEmpty()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value);
            if (!PlausibleDates.contains(date)) {
                error(row, field, "form.error.dateRange", PlausibleDates.EARLIEST, PlausibleDates.latest());
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            error(row, field, "flow.error.date");
            return null;
        }
    }

    private Integer number(TableRow row, Field field) {
        String value = value(row, field);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value.endsWith(".0") ? value.substring(0, value.length() - 2) : value);
        } catch (NumberFormatException e) {
            error(row, field, "flow.error.number");
            return null;
        }
    }

    private <E extends Enum<E>> E enumValue(TableRow row, Field field, Class<E> type) {
        String value = value(row, field);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            error(row, field, "flow.import.word", value, java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    /** {@code SYR=120; AFG=80} */
    private Map<String, Integer> nationalities(TableRow row) {
        String value = value(row, Field.NATIONALITIES);
        Map<String, Integer> found = new TreeMap<>();
        if (value.isEmpty()) {
            return found;
        }
        for (String part : value.split("[;\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            String[] pair = part.split("=", 2);
            try {
                found.merge(pair[0].trim(), Integer.valueOf(pair[1].trim()), Integer::sum);
            } catch (RuntimeException e) {
                error(row, Field.NATIONALITIES, "flow.error.nationalitiesFormat");
                return Map.of();
            }
        }
        return found;
    }

    /**
     * The columns a file lacks for a field of the count, as the file would name them (headers and tags), never the
     * count's internal field names: where no column holds the place, "country (#country+code) or location_code ...".
     */
    private static String missingColumns(String draftField) {
        List<Field> fields = switch (draftField) {
            case "periodStart" -> List.of(Field.DATE, Field.PERIOD_START);
            case "periodEnd" -> List.of(Field.PERIOD_END, Field.PERIOD);
            case "countryId" -> List.of(Field.COUNTRY, Field.LOCATION_CODE, Field.LOCATION_NAME);
            case "locationId" -> List.of(Field.LOCATION_CODE, Field.LOCATION_NAME);
            case "direction" -> List.of(Field.DIRECTION);
            case "sourceOrganisationId" -> List.of(Field.SOURCE);
            case "total" -> List.of(Field.TOTAL);
            case "men" -> List.of(Field.MEN);
            case "women" -> List.of(Field.WOMEN);
            case "children" -> List.of(Field.CHILDREN);
            case "unaccompaniedMinors" -> List.of(Field.UNACCOMPANIED);
            case "nationalities" -> List.of(Field.NATIONALITIES);
            case "distributionLevel" -> List.of(Field.DISTRIBUTION);
            // the operation is the one the import was started for, not a column
            default -> List.of();
        };
        return String.join(" or ", fields.stream().map(Field::spelled).toList());
    }

    private TableColumn columnOf(String draftField) {
        return switch (draftField) {
            case "periodStart" -> columns.getOrDefault(Field.PERIOD_START, columns.get(Field.DATE));
            case "periodEnd" -> columns.getOrDefault(Field.PERIOD_END, columns.get(Field.PERIOD));
            case "countryId" -> columns.get(Field.COUNTRY);
            case "locationId" -> columns.getOrDefault(Field.LOCATION_CODE, columns.get(Field.LOCATION_NAME));
            case "direction" -> columns.get(Field.DIRECTION);
            case "sourceOrganisationId" -> columns.get(Field.SOURCE);
            case "total" -> columns.get(Field.TOTAL);
            case "men" -> columns.get(Field.MEN);
            case "women" -> columns.get(Field.WOMEN);
            case "children" -> columns.get(Field.CHILDREN);
            case "unaccompaniedMinors" -> columns.get(Field.UNACCOMPANIED);
            case "nationalities" -> columns.get(Field.NATIONALITIES);
            default -> null;
        };
    }

    private String message(String code, Object... arguments) {
        return messages.get(code, arguments);
    }
}
