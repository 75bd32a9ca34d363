package org.corridor.activities;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.corridor.kernel.Ids;
import org.corridor.kernel.PlausibleDates;
import org.corridor.kernel.Problem;
import org.corridor.kernel.RecordRejected;
import org.corridor.kernel.StaleRecord;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.activities.ActivityDraft.Document;
import org.corridor.activities.ActivityDraft.Partner;
import org.corridor.activities.ActivityTable.Column;
import org.corridor.directory.Dimension;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.corridor.directory.OperationSummary;
import org.corridor.directory.OrganisationSummary;
import org.corridor.directory.ResponseArea;
import org.corridor.interchange.Closest;
import org.corridor.interchange.ImportFile;
import org.corridor.interchange.ImportJobs;
import org.corridor.interchange.ImportKind;
import org.corridor.interchange.ImportReport;
import org.corridor.interchange.ImportRun;
import org.corridor.interchange.ProblemLog;
import org.corridor.interchange.TableColumn;
import org.corridor.interchange.TableFormat;
import org.corridor.interchange.TableRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Imports a file of activities (CSV, HXL-tagged CSV or XLSX, in the columns of {@link ActivityTable}) for one
 * operation, all or nothing.
 *
 * <p>The whole file is read and checked first, each row by the same rules as the activity form; only when no row is
 * wrong (and it is not a dry run) are the activities written, in the import's one transaction (the pipeline of
 * {@link ImportJobs}), which publishes {@link ActivitiesImported}. A row is the activity its
 * {@code id} names, or else the one with its natural key: the operation and project code when the row has a
 * project code, otherwise the operation, title and first day. Rows that match nothing are new activities (keeping
 * the file's id, if any); rows that match an activity and differ from it correct it, audited with before and after;
 * identical rows change nothing, so importing the same file twice writes once. A column the file does not have
 * leaves that field of an existing activity as it is.
 */
@Service
public class ActivityImport {

    /** A file of more rows is refused: activities are typed by people, and every row is held while checking. */
    public static final int ROW_LIMIT = Activities.EXPORT_LIMIT;

    /** Without these columns no new activity could be valid. */
    static final Set<Column> REQUIRED = EnumSet.of(Column.TITLE, Column.RESPONSE_AREA, Column.DIMENSIONS, Column.KIND,
            Column.STATUS, Column.STARTS_ON);

    private final Activities activities;
    private final Directory directory;
    private final ImportJobs jobs;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    ActivityImport(Activities activities, Directory directory, ImportJobs jobs, JdbcClient jdbc,
            ApplicationEventPublisher events, MessageSource messages) {
        this.activities = activities;
        this.directory = directory;
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.events = events;
        this.messages = messages;
    }

    /**
     * Reads, checks and (unless {@code dryRun}) writes the file's activities for the operation, recording the import
     * as a job. Never throws for bad content: everything wrong is in the report.
     *
     * @param format the file's format, or null to detect it
     */
    public ImportReport importFile(CorridorUser user, UUID operationId, Path file, String fileName, TableFormat format,
            boolean dryRun) throws IOException {
        mayImport(user, operationId);
        return importFile(user, operationId, ImportFile.of(file, fileName, format), dryRun);
    }

    /** As {@link #importFile(CorridorUser, UUID, Path, String, TableFormat, boolean)}, for a file read on arrival. */
    public ImportReport importFile(CorridorUser user, UUID operationId, ImportFile file, boolean dryRun) {
        mayImport(user, operationId);
        return jobs.run(jobs.begin(ImportKind.ACTIVITIES, user, operationId, file, dryRun, null, Run::new));
    }

    private static void mayImport(CorridorUser user, UUID operationId) {
        if (!ImportJobs.mayImport(user, operationId)) {
            throw new AccessDeniedException("Only focal points of the operation import its activities");
        }
    }

    /** A row as read: the values of the columns the file has, parsed; a field of a missing column stays null. */
    private static final class Row {
        final TableRow cells;
        UUID id;
        String title;
        String description;
        ResponseArea area;
        Set<Dimension> dimensions;
        ActivityKind kind;
        Funding funding;
        String donor;
        String projectCode;
        ActivityStatus status;
        LocalDate startsOn;
        LocalDate endsOn;
        List<UUID> locations;
        List<Partner> partners;
        List<Document> documents;
        DistributionLevel level;
        /** Part of the migration response; null where the cell is empty (a new activity is, a changed one keeps its answer). */
        Boolean migrationResponse;
        /** The existing activity this row is, if any. */
        Activity existing;
        /** The id a new activity gets. */
        UUID newId;
        ActivityDraft draft;

        Row(TableRow cells) {
            this.cells = cells;
        }

        long line() {
            return cells.line();
        }

        /** The natural key, or null when the row lacks the title or first day it would need. */
        String key(UUID operationId) {
            return ActivityImport.key(operationId, projectCode, title, startsOn);
        }
    }

    static String key(UUID operationId, String projectCode, String title, LocalDate startsOn) {
        if (projectCode != null && !projectCode.isBlank()) {
            return operationId + "|code|" + projectCode.trim().toLowerCase(Locale.ROOT);
        }
        if (title == null || title.isBlank() || startsOn == null) {
            return null;
        }
        return operationId + "|title|" + title.trim().toLowerCase(Locale.ROOT) + "|" + startsOn;
    }

    /** One import's columns, row rules and writing, for the import pipeline. */
    private final class Run implements ImportRun {
        final ImportJobs.Running job;
        final CorridorUser user;
        final UUID operationId;
        final ProblemLog problems;
        final Map<Column, TableColumn> columns = new EnumMap<>(Column.class);
        final List<Row> rows = new ArrayList<>();
        final Map<String, UUID> operations = new HashMap<>();
        final Map<String, UUID> locationByCode = new HashMap<>();
        final Map<String, UUID> locationByName = new HashMap<>();
        final List<LocationSummary> locations = directory.locations();
        final Map<String, UUID> organisations = new HashMap<>();
        final Map<Class<?>, Map<String, Enum<?>>> words = new HashMap<>();
        final Set<Long> rejectedLines = new java.util.HashSet<>();
        /** A problem with the file as a whole (a missing column): rows are not checked one by one. */
        boolean unusable;
        long read;
        long created;
        long updated;
        long unchanged;

        Run(ImportJobs.Running job) {
            this.job = job;
            this.user = job.user();
            this.operationId = job.operationId();
            this.problems = job.problems();
            for (OperationSummary o : directory.operations()) {
                operations.put(normal(o.code()), o.id());
                operations.put(normal(o.name()), o.id());
            }
            for (LocationSummary l : locations) {
                locationByCode.put(normal(l.code()), l.id());
                locationByName.putIfAbsent(normal(l.name()), l.id());
            }
            for (OrganisationSummary o : directory.organisations()) {
                organisations.putIfAbsent(normal(o.name()), o.id());
                if (o.acronym() != null && !o.acronym().isBlank()) {
                    organisations.put(normal(o.acronym()), o.id());
                }
            }
        }

        @Override
        public void columns(List<TableColumn> found) {
            boolean tagged = found.stream().anyMatch(c -> c.tag() != null);
            if (found.stream().noneMatch(c -> known(c, tagged).isPresent())) {
                // Most likely a file without a header, its first row of data read as one: one error says it, not
                // a note for each cell and an error for each required column.
                unusable = true;
                problems.error(TableColumn.lineOf(found), "", "", message("activity.import.noHeader"));
                return;
            }
            for (TableColumn column : found) {
                Optional<Column> known = known(column, tagged);
                if (known.isEmpty()) {
                    if (column.tag() != null || (!tagged && !column.header().isBlank())) {
                        problems.note(column.line(), column.label(), column.label(), message("activity.import.unknownColumn"));
                    }
                } else if (columns.containsKey(known.get())) {
                    problems.note(column.line(), column.label(), column.label(),
                            message("activity.import.repeatedColumn", columns.get(known.get()).label()));
                } else {
                    columns.put(known.get(), column);
                }
            }
            for (Column required : REQUIRED) {
                if (!columns.containsKey(required)) {
                    unusable = true;
                    problems.error(TableColumn.lineOf(found), required.header, "", message("activity.import.missingColumn", required.header,
                            required.tag.toString()));
                }
            }
        }

        private static Optional<Column> known(TableColumn column, boolean tagged) {
            return column.tag() != null ? Column.ofTag(column.tag())
                    : tagged || column.header().isBlank() ? Optional.empty() : Column.ofHeader(column.header());
        }

        @Override
        public void row(TableRow cells) {
            read++;
            if (read > ROW_LIMIT) {
                if (read == ROW_LIMIT + 1) {
                    unusable = true;
                    problems.error(cells.line(), "", "", message("activity.import.tooManyRows", ROW_LIMIT));
                }
                return;
            }
            Row row = new Row(cells);
            String id = value(row, Column.ID);
            if (!id.isEmpty()) {
                try {
                    row.id = UUID.fromString(id);
                } catch (IllegalArgumentException e) {
                    error(row, Column.ID, "activity.import.id");
                }
            }
            String operation = value(row, Column.OPERATION).isEmpty() ? value(row, Column.OPERATION_NAME)
                    : value(row, Column.OPERATION);
            Column operationColumn = value(row, Column.OPERATION).isEmpty() ? Column.OPERATION_NAME : Column.OPERATION;
            if (!operation.isEmpty()) {
                UUID named = operations.get(normal(operation));
                if (named == null) {
                    error(row, operationColumn, "activity.import.unknownOperation");
                } else if (!named.equals(operationId)) {
                    error(row, operationColumn, "activity.import.otherOperation", operationName(operationId));
                }
            }
            row.title = has(Column.TITLE) ? text(row, Column.TITLE) : null;
            row.description = text(row, Column.DESCRIPTION);
            row.area = word(row, Column.RESPONSE_AREA, ResponseArea.class, "activity.import.unknownResponseArea");
            if (has(Column.DIMENSIONS)) {
                row.dimensions = EnumSet.noneOf(Dimension.class);
                for (String item : items(value(row, Column.DIMENSIONS))) {
                    Dimension d = word(row, Column.DIMENSIONS, item, Dimension.class, "activity.import.word");
                    if (d != null) {
                        row.dimensions.add(d);
                    }
                }
            }
            row.kind = word(row, Column.KIND, ActivityKind.class, "activity.import.word");
            row.funding = word(row, Column.FUNDING, Funding.class, "activity.import.word");
            row.donor = text(row, Column.DONOR);
            row.projectCode = text(row, Column.PROJECT_CODE);
            row.status = word(row, Column.STATUS, ActivityStatus.class, "activity.import.word");
            row.startsOn = date(row, Column.STARTS_ON);
            row.endsOn = date(row, Column.ENDS_ON);
            row.level = word(row, Column.DISTRIBUTION_LEVEL, DistributionLevel.class, "activity.import.word");
            row.migrationResponse = yesOrNo(row, Column.MIGRATION_RESPONSE);
            locations(row);
            partners(row);
            documents(row);
            rows.add(row);
        }

        /** Codes are read when the row has any (they are unambiguous); names otherwise. */
        private void locations(Row row) {
            if (!has(Column.LOCATION_CODES) && !has(Column.LOCATIONS)) {
                return;
            }
            row.locations = new ArrayList<>();
            boolean byCode = !value(row, Column.LOCATION_CODES).isEmpty();
            Column column = byCode ? Column.LOCATION_CODES : Column.LOCATIONS;
            for (String item : items(value(row, column))) {
                UUID location = (byCode ? locationByCode : locationByName).get(normal(item));
                if (location == null) {
                    unknownLocation(row, column, item);
                } else {
                    row.locations.add(location);
                }
            }
        }

        /** "UNODC IMPLEMENTING; IOM SUPPORTING", as the export writes them and the form takes them. */
        private void partners(Row row) {
            if (!has(Column.PARTNERS)) {
                return;
            }
            row.partners = new ArrayList<>();
            for (String item : items(value(row, Column.PARTNERS))) {
                int space = item.lastIndexOf(' ');
                PartnerRole role = space < 0 ? null : enumOf(PartnerRole.class, item.substring(space + 1));
                if (role == null) {
                    error(row, Column.PARTNERS, "activity.import.partnerRole", item);
                    continue;
                }
                String name = item.substring(0, space).trim();
                UUID organisation = organisations.get(normal(name));
                if (organisation == null) {
                    error(row, Column.PARTNERS, "activity.import.unknownPartner", name);
                    continue;
                }
                row.partners.add(new Partner(organisation, role));
            }
        }

        /** One a line, "title | URL or reference": URLs may hold semicolons, so lines separate documents. */
        private void documents(Row row) {
            if (!has(Column.DOCUMENTS)) {
                return;
            }
            row.documents = new ArrayList<>();
            for (String line : value(row, Column.DOCUMENTS).split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                int bar = line.indexOf('|');
                if (bar < 0 || line.substring(0, bar).isBlank() || line.substring(bar + 1).isBlank()) {
                    error(row, Column.DOCUMENTS, "activity.import.document", line.trim());
                    continue;
                }
                row.documents.add(new Document(line.substring(0, bar).trim(), line.substring(bar + 1).trim()));
            }
        }

        @Override
        public String emptyFile() {
            return message("activity.import.empty");
        }

        @Override
        public long rowsRejected() {
            return rejectedLines.size();
        }

        /** Matches each row with its activity and checks it by the form's rules, counting what writing would do. */
        @Override
        public void check() {
            if (unusable) {
                return;
            }
            duplicatesInFile();
            match();
            for (Row row : rows) {
                ActivityDraft base = row.existing != null ? row.existing.asDraft()
                        : new ActivityDraft(operationId, null, null, null, null, null, null, null, null, null, null,
                                null, null, null, null, null, true);
                row.draft = apply(row, base);
                if (rejectedLines.contains(row.line())) {
                    // a value that did not parse is null in the draft: its rules would only repeat the problem
                    continue;
                }
                for (Problem problem : row.draft.problems()) {
                    Column column = columnOf(problem.field(), row);
                    fail(row, label(column), value(row, column), message(problem.code(), problem.arguments()));
                }
                if (rejectedLines.contains(row.line())) {
                    continue;
                } else if (row.existing == null) {
                    created++;
                } else if (normalised(row.draft).equals(normalised(row.existing.asDraft()))) {
                    unchanged++;
                    row.draft = null;
                } else {
                    updated++;
                }
            }
        }

        @Override
        public Counts wouldWrite() {
            return new Counts(created, updated, unchanged);
        }

        /** Corrections and new activities, each audited as the form's would be. */
        @Override
        public Counts write() {
            LocalDate first = null;
            LocalDate last = null;
            for (Row row : rows) {
                if (row.draft == null) {
                    continue;
                }
                try {
                    if (row.existing == null) {
                        activities.create(user, row.draft, row.newId);
                    } else {
                        activities.update(user, row.existing.id(), row.existing.version(), row.draft);
                    }
                } catch (StaleRecord e) {
                    fail(row, label(Column.ID), value(row, Column.ID), message("activity.import.stale"));
                    return new Counts(0, 0, 0);
                } catch (RecordRejected e) {
                    for (Problem problem : e.problems()) {
                        Column column = columnOf(problem.field(), row);
                        fail(row, label(column), value(row, column), message(problem.code()));
                    }
                    return new Counts(0, 0, 0);
                }
                LocalDate start = row.draft.startsOn();
                LocalDate end = row.draft.endsOn() != null ? row.draft.endsOn() : start;
                first = first == null || (start != null && start.isBefore(first)) ? start : first;
                last = last == null || (end != null && end.isAfter(last)) ? end : last;
            }
            events.publishEvent(new ActivitiesImported(job.id(), operationId, created, updated, first, last));
            return new Counts(created, updated, unchanged);
        }

        /** The same id or natural key twice in the file: the later row is reported. */
        private void duplicatesInFile() {
            Map<UUID, Long> ids = new HashMap<>();
            Map<String, Long> keys = new HashMap<>();
            for (Row row : rows) {
                Long first = row.id == null ? null : ids.putIfAbsent(row.id, row.line());
                if (first != null) {
                    error(row, Column.ID, "activity.import.duplicateInFile", first, "id");
                    continue;
                }
                String key = row.key(operationId);
                first = key == null ? null : keys.putIfAbsent(key, row.line());
                if (first != null) {
                    Column column = row.projectCode != null ? Column.PROJECT_CODE : Column.TITLE;
                    error(row, column, "activity.import.duplicateInFile", first, keyName(row));
                }
            }
        }

        /** Finds the activity each row is: by id, else by natural key among the operation's activities. */
        private void match() {
            Map<UUID, UUID> operationOfId = new HashMap<>();
            java.util.Set<UUID> readable = new java.util.HashSet<>();
            Map<String, List<UUID>> byKey = new HashMap<>();
            UUID[] ids = rows.stream().map(r -> r.id).filter(java.util.Objects::nonNull).toArray(UUID[]::new);
            jdbc.sql("""
                    select id, operation_id, project_code, title, starts_on, distribution_level from activity
                    where operation_id = :operation or id = any(:ids)""")
                    .param("operation", operationId).param("ids", ids)
                    .query((rs, n) -> {
                        UUID id = rs.getObject("id", UUID.class);
                        UUID operation = rs.getObject("operation_id", UUID.class);
                        operationOfId.put(id, operation);
                        if (user.mayRead(operation, DistributionLevel.valueOf(rs.getString("distribution_level")))) {
                            readable.add(id);
                        }
                        if (operation.equals(operationId)) {
                            String key = key(operation, rs.getString("project_code"), rs.getString("title"),
                                    rs.getObject("starts_on", LocalDate.class));
                            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
                        }
                        return id;
                    }).list();
            Map<UUID, Long> matchedBy = new HashMap<>();
            for (Row row : rows) {
                String key = row.key(operationId);
                List<UUID> keyed = key == null ? List.of() : byKey.getOrDefault(key, List.of());
                UUID match = null;
                if (row.id != null && operationOfId.containsKey(row.id)) {
                    if (!operationId.equals(operationOfId.get(row.id))) {
                        // Says "another operation" only to whom may read that activity; to others it tells nothing of it.
                        error(row, Column.ID, readable.contains(row.id) ? "activity.import.idOfOtherOperation"
                                : "activity.import.idNotUsable");
                        continue;
                    }
                    match = row.id;
                    if (!keyed.isEmpty() && !keyed.contains(match)) {
                        error(row, row.projectCode != null ? Column.PROJECT_CODE : Column.TITLE,
                                "activity.import.keyOfOther", keyName(row), keyed.get(0));
                        continue;
                    }
                } else if (keyed.size() > 1) {
                    error(row, row.projectCode != null ? Column.PROJECT_CODE : Column.TITLE,
                            "activity.import.ambiguous", keyName(row));
                    continue;
                } else if (keyed.size() == 1) {
                    match = keyed.get(0);
                }
                Long earlier = match == null ? null : matchedBy.putIfAbsent(match, row.line());
                if (earlier != null) {
                    // one row by its id, another by its key: both would change the same activity
                    error(row, Column.ID, "activity.import.duplicateInFile", earlier, "id");
                } else if (match != null) {
                    row.existing = activities.find(user, match).orElseThrow();
                } else {
                    row.newId = row.id != null ? row.id : Ids.newId();
                }
            }
        }

        /** The row's values over the base: a column the file lacks keeps the base's value. */
        private ActivityDraft apply(Row r, ActivityDraft b) {
            return new ActivityDraft(operationId, has(Column.TITLE) ? r.title : b.title(),
                    has(Column.DESCRIPTION) ? r.description : b.description(),
                    has(Column.RESPONSE_AREA) ? r.area : b.responseArea(),
                    has(Column.DIMENSIONS) ? r.dimensions : b.dimensions(), has(Column.KIND) ? r.kind : b.kind(),
                    has(Column.FUNDING) ? r.funding : b.funding(), has(Column.DONOR) ? r.donor : b.donor(),
                    has(Column.PROJECT_CODE) ? r.projectCode : b.projectCode(),
                    has(Column.STATUS) ? r.status : b.status(), has(Column.STARTS_ON) ? r.startsOn : b.startsOn(),
                    has(Column.ENDS_ON) ? r.endsOn : b.endsOn(), r.locations != null ? r.locations : b.locationIds(),
                    r.partners != null ? r.partners : b.partners(), r.documents != null ? r.documents : b.documents(),
                    has(Column.DISTRIBUTION_LEVEL) && r.level != null ? r.level : b.distributionLevel(),
                    r.migrationResponse != null ? r.migrationResponse : b.migrationResponse());
        }

        private Column columnOf(String field, Row row) {
            if (field.startsWith("documents")) {
                return Column.DOCUMENTS;
            }
            return switch (field) {
                case "title" -> Column.TITLE;
                case "description" -> Column.DESCRIPTION;
                case "responseArea" -> Column.RESPONSE_AREA;
                case "dimensions" -> Column.DIMENSIONS;
                case "kind" -> Column.KIND;
                case "funding" -> Column.FUNDING;
                case "donor" -> Column.DONOR;
                case "projectCode" -> Column.PROJECT_CODE;
                case "status" -> Column.STATUS;
                case "startsOn" -> Column.STARTS_ON;
                case "endsOn" -> Column.ENDS_ON;
                case "locationIds" -> value(row, Column.LOCATION_CODES).isEmpty() && has(Column.LOCATIONS)
                        ? Column.LOCATIONS : Column.LOCATION_CODES;
                case "partners" -> Column.PARTNERS;
                case "documents" -> Column.DOCUMENTS;
                case "distributionLevel" -> Column.DISTRIBUTION_LEVEL;
                default -> Column.OPERATION;
            };
        }

        /** A file offers no list to choose from: the report names the directory's closest codes and its list of places. */
        private void unknownLocation(Row row, Column column, String item) {
            List<String> closest = Closest.of(item, locations, l -> List.of(l.code(), l.name()), 3).stream()
                    .map(l -> l.code() + " (" + l.name() + ")").toList();
            if (closest.isEmpty()) {
                error(row, column, "activity.import.unknownLocationNone", item, "/directory/locations");
            } else {
                error(row, column, "activity.import.unknownLocation", item, String.join(", ", closest),
                        "/directory/locations");
            }
        }

        private String keyName(Row row) {
            return message(row.projectCode != null ? "activity.import.key.code" : "activity.import.key.titleStart");
        }

        private boolean has(Column column) {
            return columns.containsKey(column);
        }

        private String value(Row row, Column column) {
            TableColumn c = columns.get(column);
            return c == null ? "" : row.cells.value(c);
        }

        private String label(Column column) {
            TableColumn c = columns.get(column);
            return c == null ? column.header : c.label();
        }

        private String text(Row row, Column column) {
            String value = value(row, column);
            return value.isEmpty() ? null : value;
        }

        private void error(Row row, Column column, String code, Object... arguments) {
            fail(row, label(column), value(row, column), message(code, arguments));
        }

        private void fail(Row row, String column, String value, String reason) {
            rejectedLines.add(row.line());
            problems.error(row.line(), column, value, reason);
        }

        private LocalDate date(Row row, Column column) {
            String value = value(row, column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                LocalDate date = LocalDate.parse(value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value);
                if (!PlausibleDates.contains(date)) {
                    error(row, column, "form.error.dateRange", PlausibleDates.EARLIEST, PlausibleDates.latest());
                    return null;
                }
                return date;
            } catch (DateTimeParseException e) {
                error(row, column, "activity.import.date");
                return null;
            }
        }

        /** Yes or no as people write them in a sheet; null for an empty cell. */
        private Boolean yesOrNo(Row row, Column column) {
            String value = value(row, column);
            if (value.isEmpty()) {
                return null;
            }
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "yes", "y", "true", "1" -> Boolean.TRUE;
                case "no", "n", "false", "0" -> Boolean.FALSE;
                default -> {
                    fail(row, label(column), value, message("activity.import.yesOrNo", value));
                    yield null;
                }
            };
        }

        private <E extends Enum<E>> E word(Row row, Column column, Class<E> type, String code) {
            String value = value(row, column);
            return value.isEmpty() ? null : word(row, column, value, type, code);
        }

        private <E extends Enum<E>> E word(Row row, Column column, String value, Class<E> type, String code) {
            E found = enumOf(type, value);
            if (found == null) {
                fail(row, label(column), value(row, column), message(code, value,
                        String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
            }
            return found;
        }

        /** An enum's name or its English label, as people type them: "Human rights", "human_rights", "HUMAN RIGHTS". */
        @SuppressWarnings("unchecked")
        private <E extends Enum<E>> E enumOf(Class<E> type, String value) {
            Map<String, Enum<?>> known = words.computeIfAbsent(type, t -> {
                Map<String, Enum<?>> map = new HashMap<>();
                for (E constant : type.getEnumConstants()) {
                    map.put(spelling(constant.name()), constant);
                    try {
                        map.putIfAbsent(spelling(messages.getMessage("activity.value." + type.getSimpleName() + "."
                                + constant.name(), null, Locale.ENGLISH)), constant);
                    } catch (NoSuchMessageException e) {
                        // the name alone, then
                    }
                }
                return map;
            });
            return (E) known.get(spelling(value));
        }

        private String operationName(UUID id) {
            return directory.operation(id).map(OperationSummary::name).orElse(String.valueOf(id));
        }
    }

    /** Locations and partners in a fixed order, so an activity read back compares equal to its row. */
    static ActivityDraft normalised(ActivityDraft d) {
        return new ActivityDraft(d.operationId(), d.title(), d.description(), d.responseArea(), d.dimensions(),
                d.kind(), d.funding(), d.donor(), d.projectCode(), d.status(), d.startsOn(), d.endsOn(),
                d.locationIds().stream().sorted().toList(),
                d.partners().stream().sorted(Comparator.comparing((Partner p) -> p.organisationId())
                        .thenComparing(Partner::role)).toList(), d.documents(), d.level(), d.migrationResponse());
    }

    /** A list cell's items: separated by semicolons or line breaks. */
    static List<String> items(String cell) {
        return Arrays.stream(cell.split("[;\\n\\r]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String normal(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static String spelling(String text) {
        return text.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    }

    String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, code, Locale.ENGLISH);
    }
}
