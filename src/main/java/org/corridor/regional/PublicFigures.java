package org.corridor.regional;

import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.corridor.activities.Activities;
import org.corridor.directory.CountrySummary;
import org.corridor.directory.Directory;
import org.corridor.directory.OperationSummary;
import org.corridor.directory.OrganisationSummary;
import org.corridor.directory.ResponseArea;
import org.corridor.flows.Direction;
import org.corridor.flows.FlowFigures;
import org.corridor.regional.PublicFiguresSuppression.Mark;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region's figures for publication, at the PUBLIC level whatever the level of the records they come from: persons
 * entering and leaving each country by ISO week and source, and activities per operation and response area over the
 * period; nothing finer than a country and a week, no text. Small counts are withheld with complementary suppression
 * ({@link PublicFiguresSuppression}), so the same figures are safe for every signed-in user, a delegation reader
 * included, and for anyone the file is given to.
 *
 * <p>Totals published: a country's total of the period for each direction and source (never a total over countries:
 * the same people enter one country and then the next, so a regional sum would count them twice); for activities, each
 * operation's total, each response area's total and the grand total.
 */
@Service
class PublicFigures {

    /** An entry as published: its number where it is shown, else only its mark. */
    record Figure(long value, Mark mark) {

        /** The number, null where it is withheld: a withheld number never leaves this class's callers. */
        public Long shown() {
            return mark == Mark.SHOWN ? value : null;
        }

        public String published(int minimum) {
            return switch (mark) {
                case SHOWN -> Long.toString(value);
                case SMALL -> "<" + minimum;
                case PROTECTING -> "x";
            };
        }

        public boolean withheld() {
            return mark != Mark.SHOWN;
        }
    }

    /** A country's column of a flows table. */
    record Country(UUID id, String code, String name) {
    }

    /** One direction and source: weeks down, countries across, each country's total of the period at the bottom. */
    record FlowTable(Direction direction, String source, List<Country> countries, List<LocalDate> weeks,
            Map<UUID, Map<LocalDate, Figure>> cells, Map<UUID, Figure> totals) {

        public Figure cell(UUID country, LocalDate week) {
            return cells.getOrDefault(country, Map.of()).get(week);
        }
    }

    /** Operations down, response areas across, with the operations' totals, the areas' totals and the grand total. */
    record ActivityTable(List<OperationSummary> operations, Map<UUID, String> countryCodes,
            Map<UUID, Map<ResponseArea, Figure>> cells, Map<UUID, Figure> operationTotals,
            Map<ResponseArea, Figure> areaTotals, Figure total) {

        public Figure cell(UUID operation, ResponseArea area) {
            return cells.get(operation).get(area);
        }
    }

    /**
     * One line of the export (CSV and JSON alike). {@code kind} CELL or TOTAL; {@code value} the number, null where it
     * is withheld; {@code published} what is printed ("12", "&lt;5", "x"); {@code suppressed} null, SMALL or
     * PROTECTING.
     */
    record Row(String table, String countryCode, String operationCode, String week, LocalDate periodStart,
            LocalDate periodEnd, Direction direction, String source, ResponseArea responseArea, String kind, Long value,
            String published, Mark suppressed) {
    }

    /** Everything a period publishes, and what fed it (null on the page, which logs nothing: see {@link #show}). */
    record Publication(RegionalPeriod period, int minimumCount, LocalDate firstWeek, LocalDate lastWeek,
            List<FlowTable> flows, ActivityTable activities, @Nullable Long flowCountRecords,
            @Nullable String flowCountDigest, @Nullable Long activityRecords, @Nullable String activityDigest) {

        /** An ISO week as it is written, e.g. 2015-W43, for the page. */
        public String week(LocalDate monday) {
            return isoWeek(monday);
        }

        List<Row> rows() {
            List<Row> rows = new ArrayList<>();
            for (FlowTable t : flows) {
                for (Country c : t.countries()) {
                    for (LocalDate week : t.weeks()) {
                        Figure f = t.cell(c.id(), week);
                        if (f != null) {
                            rows.add(new Row("flows", c.code(), null, isoWeek(week), week, week.plusDays(6),
                                    t.direction(), t.source(), null, "CELL", f.shown(), f.published(minimumCount),
                                    f.withheld() ? f.mark() : null));
                        }
                    }
                    Figure total = t.totals().get(c.id());
                    rows.add(new Row("flows", c.code(), null, null, firstWeek, lastWeek.plusDays(6), t.direction(),
                            t.source(), null, "TOTAL", total.shown(), total.published(minimumCount),
                            total.withheld() ? total.mark() : null));
                }
            }
            ActivityTable a = activities;
            for (OperationSummary o : a.operations()) {
                for (ResponseArea area : ResponseArea.values()) {
                    rows.add(activityRow(a.countryCodes().get(o.id()), o.code(), area, "CELL", a.cell(o.id(), area)));
                }
                rows.add(activityRow(a.countryCodes().get(o.id()), o.code(), null, "TOTAL",
                        a.operationTotals().get(o.id())));
            }
            for (ResponseArea area : ResponseArea.values()) {
                rows.add(activityRow(null, null, area, "TOTAL", a.areaTotals().get(area)));
            }
            rows.add(activityRow(null, null, null, "TOTAL", a.total()));
            return rows;
        }

        private Row activityRow(String country, String operation, ResponseArea area, String kind, Figure f) {
            return new Row("activities", country, operation, null, period.from(), period.to(), null, null, area, kind,
                    f.shown(), f.published(minimumCount), f.withheld() ? f.mark() : null);
        }

        long withheld(Mark mark) {
            return rows().stream().filter(r -> r.suppressed() == mark).count();
        }
    }

    /** The name of the operations' own observation as a source, in the file and on the page. */
    static final String OWN_OBSERVATION = "own observation";

    private final FlowFigures flowFigures;
    private final Activities activities;
    private final Directory directory;
    private final int minimumCount;

    PublicFigures(FlowFigures flowFigures, Activities activities, Directory directory,
            @Value("${corridor.regional.public.minimum-count:5}") int minimumCount) {
        if (minimumCount < 3) {
            throw new IllegalArgumentException("corridor.regional.public.minimum-count is at least 3 (with 2, \"<2\" "
                    + "would say 1), not " + minimumCount);
        }
        this.flowFigures = flowFigures;
        this.activities = activities;
        this.directory = directory;
        this.minimumCount = minimumCount;
    }

    int minimumCount() {
        return minimumCount;
    }

    /** The period's publication; flows and activities are read in one snapshot, so the file and its log agree. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Publication publish(RegionalPeriod period) {
        FlowFigures.PublicWeeklyTotals weekly = flowFigures.publicWeeklyTotals(period.from(), period.to());
        Activities.PublicAreaCounts counts = activities.publicAreaCounts(period.from(), period.to());
        LocalDate firstWeek = period.from().with(java.time.temporal.TemporalAdjusters.nextOrSame(
                java.time.DayOfWeek.MONDAY));
        LocalDate lastWeek = period.to().with(java.time.temporal.TemporalAdjusters.previousOrSame(
                java.time.DayOfWeek.SUNDAY)).minusDays(6);
        return new Publication(period, minimumCount, firstWeek, lastWeek, flowTables(weekly.weeks()),
                activityTable(counts.counts()), weekly.records(), weekly.recordsDigest(), counts.records(),
                counts.recordsDigest());
    }

    /**
     * The period's publication as the page shows it: the same figures as {@link #publish}, without the records that
     * fed them (their number and digest), which only an export logs. Reading and hashing every record's id on each view
     * of the page was most of its work.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Publication show(RegionalPeriod period) {
        List<FlowFigures.PublicWeek> weeks = flowFigures.publicWeeks(period.from(), period.to());
        List<Activities.PublicAreaCount> counts = activities.publicAreaCountCells(period.from(), period.to());
        LocalDate firstWeek = period.from().with(java.time.temporal.TemporalAdjusters.nextOrSame(
                java.time.DayOfWeek.MONDAY));
        LocalDate lastWeek = period.to().with(java.time.temporal.TemporalAdjusters.previousOrSame(
                java.time.DayOfWeek.SUNDAY)).minusDays(6);
        return new Publication(period, minimumCount, firstWeek, lastWeek, flowTables(weeks), activityTable(counts),
                null, null, null, null);
    }

    private List<FlowTable> flowTables(List<FlowFigures.PublicWeek> weeks) {
        Map<UUID, CountrySummary> countries = new LinkedHashMap<>();
        directory.countries().forEach(c -> countries.put(c.id(), c));
        Map<UUID, OrganisationSummary> organisations = new LinkedHashMap<>();
        directory.organisations().forEach(o -> organisations.put(o.id(), o));
        // One table a direction and source: entries before exits, own observation before organisations by name.
        Map<String, List<FlowFigures.PublicWeek>> bySeries = new TreeMap<>();
        for (FlowFigures.PublicWeek w : weeks) {
            String source = w.sourceOrganisationId() == null ? OWN_OBSERVATION
                    : organisations.containsKey(w.sourceOrganisationId())
                            ? organisations.get(w.sourceOrganisationId()).shortName() : "?";
            String key = w.direction().ordinal() + "\u0000" + (w.sourceOrganisationId() == null ? "0" : "1" + source)
                    + "\u0000" + source;
            bySeries.computeIfAbsent(key, k -> new ArrayList<>()).add(w);
        }
        List<FlowTable> tables = new ArrayList<>();
        for (Map.Entry<String, List<FlowFigures.PublicWeek>> series : bySeries.entrySet()) {
            List<FlowFigures.PublicWeek> list = series.getValue();
            String source = series.getKey().substring(series.getKey().lastIndexOf('\u0000') + 1);
            Map<UUID, Map<LocalDate, Long>> values = new LinkedHashMap<>();
            TreeSet<LocalDate> weekStarts = new TreeSet<>();
            for (FlowFigures.PublicWeek w : list) {
                values.computeIfAbsent(w.countryId(), c -> new TreeMap<>()).put(w.weekStart(), w.persons());
                weekStarts.add(w.weekStart());
            }
            List<Country> columns = values.keySet().stream().map(id -> {
                CountrySummary c = countries.get(id);
                return c == null ? new Country(id, "?", "?") : new Country(id, c.iso3(), c.name());
            }).sorted(Comparator.comparing(Country::name)).toList();
            // Each country's weeks add up to its total: one line a country, nothing across countries.
            PublicFiguresSuppression.Table table = new PublicFiguresSuppression.Table();
            Map<UUID, Map<LocalDate, Integer>> cellIndex = new LinkedHashMap<>();
            Map<UUID, Integer> totalIndex = new LinkedHashMap<>();
            for (Country c : columns) {
                List<Integer> parts = new ArrayList<>();
                long sum = 0;
                for (Map.Entry<LocalDate, Long> cell : values.get(c.id()).entrySet()) {
                    int i = table.add(cell.getValue());
                    cellIndex.computeIfAbsent(c.id(), k -> new LinkedHashMap<>()).put(cell.getKey(), i);
                    parts.add(i);
                    sum += cell.getValue();
                }
                int total = table.add(sum);
                totalIndex.put(c.id(), total);
                table.line(parts, total);
            }
            long[] v = table.values();
            Mark[] marks = table.suppress(minimumCount);
            Map<UUID, Map<LocalDate, Figure>> cells = new LinkedHashMap<>();
            cellIndex.forEach((country, byWeek) -> byWeek.forEach((week, i) -> cells
                    .computeIfAbsent(country, k -> new LinkedHashMap<>()).put(week, new Figure(v[i], marks[i]))));
            Map<UUID, Figure> totals = new LinkedHashMap<>();
            totalIndex.forEach((country, i) -> totals.put(country, new Figure(v[i], marks[i])));
            tables.add(new FlowTable(list.get(0).direction(), source, columns, List.copyOf(weekStarts), cells, totals));
        }
        return tables;
    }

    private ActivityTable activityTable(List<Activities.PublicAreaCount> counts) {
        List<OperationSummary> operations = directory.operations().stream()
                .sorted(Comparator.comparing(OperationSummary::code)).toList();
        Map<UUID, String> countryCodes = new LinkedHashMap<>();
        for (OperationSummary o : operations) {
            countryCodes.put(o.id(), directory.countryByIso2(o.hostCountryIso2()).map(CountrySummary::iso3)
                    .orElse(null));
        }
        Map<UUID, Map<ResponseArea, Long>> values = new LinkedHashMap<>();
        operations.forEach(o -> values.put(o.id(), new java.util.EnumMap<>(ResponseArea.class)));
        for (Activities.PublicAreaCount c : counts) {
            Map<ResponseArea, Long> row = values.get(c.operationId());
            if (row != null) {
                row.put(c.area(), c.activities());
            }
        }
        ResponseArea[] areas = ResponseArea.values();
        PublicFiguresSuppression.Table table = new PublicFiguresSuppression.Table();
        int[][] cell = new int[operations.size()][areas.length];
        for (int r = 0; r < operations.size(); r++) {
            for (int c = 0; c < areas.length; c++) {
                cell[r][c] = table.add(values.get(operations.get(r).id()).getOrDefault(areas[c], 0L));
            }
        }
        long[] cellValues = table.values();
        int[] rowTotal = new int[operations.size()];
        int[] colTotal = new int[areas.length];
        long grandSum = 0;
        for (int r = 0; r < operations.size(); r++) {
            long sum = 0;
            for (int c = 0; c < areas.length; c++) {
                sum += cellValues[cell[r][c]];
            }
            rowTotal[r] = table.add(sum);
            grandSum += sum;
        }
        for (int c = 0; c < areas.length; c++) {
            long sum = 0;
            for (int r = 0; r < operations.size(); r++) {
                sum += cellValues[cell[r][c]];
            }
            colTotal[c] = table.add(sum);
        }
        int grand = table.add(grandSum);
        for (int r = 0; r < operations.size(); r++) {
            List<Integer> parts = new ArrayList<>();
            for (int c = 0; c < areas.length; c++) {
                parts.add(cell[r][c]);
            }
            table.line(parts, rowTotal[r]);
        }
        for (int c = 0; c < areas.length; c++) {
            List<Integer> parts = new ArrayList<>();
            for (int r = 0; r < operations.size(); r++) {
                parts.add(cell[r][c]);
            }
            table.line(parts, colTotal[c]);
        }
        table.line(java.util.Arrays.stream(rowTotal).boxed().toList(), grand);
        table.line(java.util.Arrays.stream(colTotal).boxed().toList(), grand);
        long[] v = table.values();
        Mark[] marks = table.suppress(minimumCount);
        Map<UUID, Map<ResponseArea, Figure>> cells = new LinkedHashMap<>();
        Map<UUID, Figure> operationTotals = new LinkedHashMap<>();
        for (int r = 0; r < operations.size(); r++) {
            Map<ResponseArea, Figure> row = new java.util.EnumMap<>(ResponseArea.class);
            for (int c = 0; c < areas.length; c++) {
                row.put(areas[c], new Figure(v[cell[r][c]], marks[cell[r][c]]));
            }
            cells.put(operations.get(r).id(), row);
            operationTotals.put(operations.get(r).id(), new Figure(v[rowTotal[r]], marks[rowTotal[r]]));
        }
        Map<ResponseArea, Figure> areaTotals = new java.util.EnumMap<>(ResponseArea.class);
        for (int c = 0; c < areas.length; c++) {
            areaTotals.put(areas[c], new Figure(v[colTotal[c]], marks[colTotal[c]]));
        }
        return new ActivityTable(operations, countryCodes, cells, operationTotals, areaTotals,
                new Figure(v[grand], marks[grand]));
    }

    /** ISO week as it is written, e.g. 2015-W43. */
    static String isoWeek(LocalDate monday) {
        return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static boolean sameSelection(Publication a, Publication b) {
        return Objects.equals(a.flowCountDigest(), b.flowCountDigest())
                && Objects.equals(a.activityDigest(), b.activityDigest());
    }
}
