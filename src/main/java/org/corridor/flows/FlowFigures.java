package org.corridor.flows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.ReadScope;
import org.corridor.accounts.Sharing;
import org.corridor.directory.Directory;
import org.corridor.directory.OperationSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Sums of flow counts for charts, tables and the map, built so that nobody is counted twice.
 *
 * <p><b>The rule.</b> Figures are always for one direction and one source: two sources (the operation's
 * own observation and UNHCR at Gevgelija) count the same people, and PRESENT is a stock, not a flow, so
 * neither is ever added to another. For a country, a period's figure is the source's national total
 * for that period where the source gives one; only where it gives none is it the sum of the source's
 * counts at the country's locations for that period. A national total and its locations' counts are
 * never added together. The rule applies to the counts that go into the reader's figures.
 *
 * <p><b>Whose counts.</b> A figure has no free text, so it adds the counts of every operation whose figures the reader
 * may read ({@link ReadScope#figures}), whatever the counts' own level, and any other count the reader may read as a
 * record. The operations whose counts are left out are named ({@link #notShared}), so that a page says "not shared
 * with you" instead of showing a zero or a gap.
 *
 * <p><b>Periods.</b> Daily figures, weekly figures and monthly figures are kept apart: a week's figure is
 * never split into days nor added to daily figures. Charts show weekly and monthly figures as their
 * own series, drawn as their average per day (total ÷ days of the period) across the days they cover,
 * so they share the daily scale without pretending to be daily counts.
 */
@Service
public class FlowFigures {

    /** Longest chart: two years of days is as much as a phone can show usefully. */
    public static final int MAX_DAYS = 731;

    /** Days with a figure a 7-day window needs before its average is shown. */
    static final int MIN_DAYS_FOR_AVERAGE = 4;

    /** The place of a chart: a location, or a whole country (national totals, else its locations' sum). */
    public record Place(UUID countryId, UUID locationId) {
        public static Place country(UUID countryId) {
            return new Place(countryId, null);
        }

        public static Place location(UUID countryId, UUID locationId) {
            return new Place(countryId, locationId);
        }
    }

    /** One source: the operation's own observation (organisation null), or an organisation's figures. */
    public record Source(UUID organisationId) {
        public static final Source OWN_OBSERVATION = new Source(null);

        public boolean own() {
            return organisationId == null;
        }
    }

    /**
     * A day of a chart. {@code total} is null on a day without a figure (not zero: nobody counted);
     * {@code sevenDayAverage} is the mean of the figures of the seven days up to it, shown once four of them
     * have one; {@code periodPerDay} is the per-day average of a weekly or monthly figure covering the day.
     * {@code national} says whether the day's figure is a national total (country charts).
     */
    public record Day(LocalDate date, Long total, Double sevenDayAverage, Double periodPerDay, boolean national) {
    }

    /** A weekly or monthly figure, kept as published. */
    public record PeriodFigure(PeriodKind kind, LocalDate start, LocalDate end, long total, boolean national) {
        public double perDay() {
            return (double) total / kind.days(start);
        }
    }

    /** What a flow chart shows, and its table. */
    public record Series(List<Day> days, List<PeriodFigure> periods, long dailySum) {
    }

    /** The summed daily figures of one location in a period (the map). */
    public record LocationFlow(UUID locationId, long total, int days) {
    }

    /** Where a chart opens: a country and a source with figures the reader may read. */
    public record Start(UUID countryId, Source source) {
    }

    private final JdbcClient jdbc;
    private final Sharing sharing;
    private final Directory directory;

    FlowFigures(JdbcClient jdbc, Sharing sharing, Directory directory) {
        this.jdbc = jdbc;
        this.sharing = sharing;
        this.directory = directory;
    }

    /**
     * What the user may read, as it stands now: a page asks once and passes it to every figure it shows, instead of
     * each of them asking again.
     */
    ReadScope scopeOf(CorridorUser user) {
        return sharing.scopeOf(user);
    }

    /** The figures of a place, direction and source, day by day from {@code from} to {@code to}. */
    Series series(CorridorUser user, Place place, Direction direction, Source source, LocalDate from, LocalDate to) {
        return series(scopeOf(user), place, direction, source, from, to);
    }

    Series series(ReadScope scope, Place place, Direction direction, Source source, LocalDate from, LocalDate to) {
        // Six days before the first, so the first days' 7-day averages are as complete as the others.
        List<Figure> figures = figures(scope, place, direction, source, from.minusDays(6), to);
        Map<LocalDate, Figure> daily = new TreeMap<>();
        List<PeriodFigure> periods = new ArrayList<>();
        for (Figure figure : figures) {
            if (figure.kind() == PeriodKind.DAY) {
                daily.put(figure.start(), figure);
            } else if (!figure.end().isBefore(from)) {
                periods.add(new PeriodFigure(figure.kind(), figure.start(), figure.end(), figure.total(), figure.national()));
            }
        }
        List<Day> days = new ArrayList<>();
        long sum = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Figure figure = daily.get(day);
            if (figure != null) {
                sum += figure.total();
            }
            days.add(new Day(day, figure == null ? null : figure.total(), average(daily, day), perDay(periods, day),
                    figure != null && figure.national()));
        }
        periods.sort(java.util.Comparator.comparing(PeriodFigure::start).thenComparing(PeriodFigure::kind));
        return new Series(days, periods, sum);
    }

    /**
     * The last day with a daily count at a location, of the direction and source: where the map opens when no
     * period is asked for. Among the figures the reader may read; when they may read none (a delegation reader, whose
     * operations' daily counts are not shared with them), among all, so that the map opens where it names the
     * operations that do not share their counts instead of saying there are none. One row from the index on
     * period_start, not a scan.
     */
    java.util.Optional<LocalDate> lastDailyDay(ReadScope scope, Direction direction, Source source) {
        return lastDailyDay(FlowCounts.figures(scope), scope, direction, source)
                .or(() -> lastDailyDay("true", scope, direction, source));
    }

    private java.util.Optional<LocalDate> lastDailyDay(String visible, ReadScope scope, Direction direction,
            Source source) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = FlowCounts.where(visible, scope, filter(null, direction, source, null, null), params);
        return jdbc.sql("select period_start from flow_count" + where
                        + " and location_id is not null and period_kind = 'DAY' order by period_start desc limit 1")
                .params(params).query(LocalDate.class).optional();
    }

    /**
     * Each location's daily figures of a direction and source summed over a period, for the regional map; and, beside
     * it, {@link #dailyNotSharedByLocation(CorridorUser, Direction, Source, LocalDate, LocalDate)}.
     */
    public List<LocationFlow> locationTotals(CorridorUser user, Direction direction, Source source, LocalDate from,
            LocalDate to) {
        return byLocation(scopeOf(user), direction, source, from, to);
    }

    /** The locations with daily counts in the period from operations whose figures the user may not read, and those operations. */
    public Map<UUID, java.util.Set<UUID>> dailyNotSharedByLocation(CorridorUser user, Direction direction, Source source,
            LocalDate from, LocalDate to) {
        return dailyNotSharedByLocation(scopeOf(user), direction, source, from, to);
    }

    /** Each location's daily figures of a direction and source summed over a period (weekly and monthly figures left out). */
    List<LocationFlow> byLocation(CorridorUser user, Direction direction, Source source, LocalDate from, LocalDate to) {
        return byLocation(scopeOf(user), direction, source, from, to);
    }

    List<LocationFlow> byLocation(ReadScope scope, Direction direction, Source source, LocalDate from, LocalDate to) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = FlowCounts.whereFigures(scope, filter(null, direction, source, from, to), params);
        return jdbc.sql("select location_id, sum(total) as total, count(*) as days from flow_count" + where
                        + " and location_id is not null and period_kind = 'DAY' and period_start >= :from"
                        + " and period_start <= :to group by location_id order by total desc, location_id")
                .params(params)
                .query((rs, n) -> new LocationFlow(rs.getObject("location_id", UUID.class), rs.getLong("total"),
                        rs.getInt("days")))
                .list();
    }

    /** The first and last day with a count of the place, direction and source, if there is any. */
    java.util.Optional<LocalDate[]> span(CorridorUser user, Place place, Direction direction, Source source) {
        return span(scopeOf(user), place, direction, source);
    }

    java.util.Optional<LocalDate[]> span(ReadScope scope, Place place, Direction direction, Source source) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = FlowCounts.whereFigures(scope, filter(place, direction, source, null, null), params);
        // min/max over the matching counts would read them all (a quarter of a second in a million); the first and
        // last start come from an index, and the last end lies within a month of the last start.
        String matching = "from flow_count" + where;
        return jdbc.sql("select (select period_start " + matching + " order by period_start limit 1),"
                        + " (select max(period_end) " + matching + " and period_start >= (select period_start "
                        + matching + " order by period_start desc limit 1) - " + PeriodKind.MOST_DAYS + ")")
                .params(params)
                .query((rs, n) -> rs.getObject(1, LocalDate.class) == null ? null
                        : new LocalDate[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)})
                .optional();
    }

    /**
     * The operations with counts of the place (all its locations when it is a country; every place when null),
     * direction, source and period that are left out of the user's figures: their figures are not shared with the user.
     */
    java.util.Set<UUID> notShared(ReadScope scope, Place place, Direction direction, Source source,
            LocalDate from, LocalDate to) {
        return new java.util.HashSet<>(notSharedByLocation(scope, place, direction, source, from, to, false).values()
                .stream().flatMap(java.util.Set::stream).toList());
    }

    /**
     * Each location whose daily counts of the direction, source and period include some left out of the user's
     * figures, with the operations that do not share them (the map's "not shared with you").
     */
    Map<UUID, java.util.Set<UUID>> dailyNotSharedByLocation(ReadScope scope, Direction direction,
            Source source, LocalDate from, LocalDate to) {
        return notSharedByLocation(scope, null, direction, source, from, to, true);
    }

    private Map<UUID, java.util.Set<UUID>> notSharedByLocation(ReadScope scope, Place place, Direction direction,
            Source source, LocalDate from, LocalDate to, boolean dailyAtLocations) {
        if (scope.figuresNotShared(directory.operations().stream().map(OperationSummary::id).toList()).isEmpty()) {
            return Map.of(); // every operation shares its figures with this reader: nothing is left out
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String where = FlowCounts.where("not " + FlowCounts.figures(scope), scope,
                filter(place, direction, source, from, to), params);
        Map<UUID, java.util.Set<UUID>> hidden = new LinkedHashMap<>();
        jdbc.sql("select distinct location_id, operation_id from flow_count" + where
                        + (dailyAtLocations ? " and location_id is not null and period_kind = 'DAY'"
                                + " and period_start >= :from and period_start <= :to" : ""))
                .params(params)
                .query((rs, n) -> hidden.computeIfAbsent(rs.getObject(1, UUID.class), l -> new java.util.HashSet<>())
                        .add(rs.getObject(2, UUID.class)))
                .list();
        return hidden;
    }

    /**
     * The source a chart of a chosen place (a country: its national totals and its locations) and direction opens on
     * when none is chosen: the own observation where the user's figures have one there, as where a chart without a
     * place opens; else the source of the newest count there. Empty when the user's figures have no count there.
     */
    java.util.Optional<Source> openingSource(ReadScope scope, Place place, Direction direction) {
        for (Source wanted : java.util.Arrays.asList(Source.OWN_OBSERVATION, null)) {
            Map<String, Object> params = new LinkedHashMap<>();
            String where = FlowCounts.whereFigures(scope, new FlowFilter(null, place.countryId(), place.locationId(),
                    direction, null, wanted != null, null, null, null), params);
            java.util.Optional<Source> found = jdbc.sql("select source_organisation_id from flow_count" + where
                            + " order by period_start desc limit 1")
                    .params(params)
                    .query((rs, n) -> new Source(rs.getObject(1, UUID.class)))
                    .optional();
            if (found.isPresent()) {
                return found;
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Where a chart of the direction opens for the user: the newest count in the user's figures, in one of the
     * {@code preferred} countries if any has one (the host countries of the user's operations), else anywhere; of the
     * given source, or of any source when {@code source} is null.
     */
    java.util.Optional<Start> start(ReadScope scope, Direction direction, Source source, List<UUID> preferred) {
        List<UUID> countries = new ArrayList<>(preferred);
        countries.add(null);
        for (UUID country : countries) {
            Map<String, Object> params = new LinkedHashMap<>();
            FlowFilter filter = new FlowFilter(null, country, null, direction,
                    source == null ? null : source.organisationId(), source != null && source.own(), null, null, null);
            String where = FlowCounts.whereFigures(scope, filter, params);
            java.util.Optional<Start> found = jdbc.sql("select country_id, source_organisation_id from flow_count"
                            + where + " order by period_start desc limit 1")
                    .params(params)
                    .query((rs, n) -> new Start(rs.getObject(1, UUID.class),
                            new Source(rs.getObject(2, UUID.class))))
                    .optional();
            if (found.isPresent()) {
                return found;
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Persons entering at each location in a period, for the regional overview: the daily ENTRY counts in the user's
     * figures summed per location and source, and of the sources the fullest one (the sources count the same people,
     * so they are never added to one another). {@code notSharedByLocation}: the locations whose counts of the period
     * include some of operations that do not share their figures with the user ("not shared with you", never 0).
     */
    public record LocationEntries(List<LocationFlow> locations, Map<UUID, java.util.Set<UUID>> notSharedByLocation) {
    }

    public LocationEntries entriesByLocation(CorridorUser user, LocalDate from, LocalDate to) {
        ReadScope scope = scopeOf(user);
        Map<String, Object> params = new LinkedHashMap<>();
        String counted = entries(FlowCounts.figures(scope), scope, from, to, params,
                "location_id, source_organisation_id, total");
        List<LocationFlow> locations = jdbc.sql("select location_id, max(total) as total, max(days) as days from ("
                        + " select location_id, source_organisation_id, sum(total) as total, sum(days) as days"
                        + " from (" + counted + ") c group by location_id, source_organisation_id"
                        + " having sum(days) > 0) by_source group by location_id")
                .params(params)
                .query((rs, n) -> new LocationFlow(rs.getObject("location_id", UUID.class), rs.getLong("total"),
                        rs.getInt("days")))
                .list();
        Map<UUID, java.util.Set<UUID>> hidden = new LinkedHashMap<>();
        if (!scope.figuresNotShared(directory.operations().stream().map(OperationSummary::id).toList()).isEmpty()) {
            Map<String, Object> hiddenParams = new LinkedHashMap<>();
            String hiddenCounts = entries("not " + FlowCounts.figures(scope), scope, from, to, hiddenParams,
                    "location_id, operation_id");
            jdbc.sql("select distinct location_id, operation_id from (" + hiddenCounts + ") c where days > 0")
                    .params(hiddenParams)
                    .query((rs, n) -> hidden.computeIfAbsent(rs.getObject(1, UUID.class),
                            l -> new java.util.HashSet<>()).add(rs.getObject(2, UUID.class)))
                    .list();
        }
        return new LocationEntries(locations, hidden);
    }

    /**
     * The daily entries at locations from {@code from} to {@code to} that {@code visible} selects, as rows of
     * {@code columns} (of {@code location_id, source_organisation_id, operation_id, total}) and {@code days}, how many
     * counts each row stands for: the whole ISO weeks
     * of the period from their weekly sums ({@code flow_entry_week}, kept by {@link FlowEntryWeeks}), the days of the
     * partial weeks at its edges from {@code flow_count} itself (a row a count, {@code days} 1), so that any period
     * sums exactly the counts it holds. The read rule selects by operation and level, which both tables have.
     */
    private static String entries(String visible, ReadScope scope, LocalDate from, LocalDate to,
            Map<String, Object> params, String columns) {
        scope.bind(params);
        LocalDate firstWeek = from.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
        LocalDate lastWeek = to.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.SUNDAY))
                .minusDays(6);
        // The direction and kind written out (not bound) so that the index of daily entries at locations (V89), whose
        // condition they are, serves the days at the edges whatever plan the statement gets.
        String days = "select " + columns + ", 1 as days from flow_count where " + visible
                + " and location_id is not null and period_kind = 'DAY' and direction = 'ENTRY'"
                + " and period_start >= :%1$s and period_start <= :%2$s";
        if (lastWeek.isBefore(firstWeek)) {
            params.put("from", from);
            params.put("to", to);
            return days.formatted("from", "to"); // no whole week in the period
        }
        params.put("from", from);
        params.put("beforeFirstWeek", firstWeek.minusDays(1));
        params.put("firstWeek", firstWeek);
        params.put("lastWeek", lastWeek);
        params.put("afterLastWeek", lastWeek.plusDays(7));
        params.put("to", to);
        return "select " + columns + ", days from flow_entry_week where " + visible
                + " and week_start >= :firstWeek and week_start <= :lastWeek"
                + " union all " + days.formatted("from", "beforeFirstWeek")
                + " union all " + days.formatted("afterLastWeek", "to");
    }

    /**
     * One series of counts (a place, direction, source and period kind) over the last seven days and the four weeks
     * before them: what the alerts' route-shift rule compares.
     *
     * @param locationId null for a country's national figures
     * @param sourceOrganisationId null for the operations' own observations
     * @param lastWeekTotal the sum of the counts within the last seven days; {@code lastWeekPeriods} of them
     * @param fourWeeksTotal the sum of the counts within the 28 days before; {@code fourWeeksPeriods} of them
     * @param operationIds the operations whose counts these are
     */
    public record WeekAgainstFourBefore(UUID countryId, UUID locationId, Direction direction, UUID sourceOrganisationId,
            PeriodKind kind, long lastWeekTotal, int lastWeekPeriods, long fourWeeksTotal, int fourWeeksPeriods,
            java.util.Set<UUID> operationIds) {
    }

    /**
     * Across the whole region, regardless of who may read it (for the alerts' rules, which show each figure only to
     * those who read the figures of the operations named in {@code operationIds}): every series of daily and weekly
     * entries or exits (a stock, PRESENT, is no flow) with a count in the seven days ending on {@code lastDay} and one
     * in the 28 days before them. Counts of one period kind, place, direction and source form one series: sources and
     * kinds are never added together, as they count the same people.
     */
    public List<WeekAgainstFourBefore> weekAgainstFourBeforeAcrossTheRegion(LocalDate lastDay) {
        LocalDate lastWeek = lastDay.minusDays(6);
        return jdbc.sql("""
                        select country_id, location_id, direction, source_organisation_id, period_kind,
                               coalesce(sum(total) filter (where period_start >= :lastWeek), 0) as last_total,
                               count(*) filter (where period_start >= :lastWeek) as last_periods,
                               coalesce(sum(total) filter (where period_end < :lastWeek), 0) as before_total,
                               count(*) filter (where period_end < :lastWeek) as before_periods,
                               array_agg(distinct operation_id) as operations
                        from flow_count
                        where period_kind in ('DAY', 'WEEK') and direction <> 'PRESENT'
                          and period_start >= :from and period_end <= :lastDay
                        group by country_id, location_id, direction, source_organisation_id, period_kind
                        having count(*) filter (where period_start >= :lastWeek) > 0
                           and count(*) filter (where period_end < :lastWeek) > 0
                        order by country_id, location_id nulls first, direction, source_organisation_id nulls first,
                                 period_kind""")
                .param("lastWeek", lastWeek).param("from", lastWeek.minusDays(28)).param("lastDay", lastDay)
                .query((rs, n) -> new WeekAgainstFourBefore(rs.getObject("country_id", UUID.class),
                        rs.getObject("location_id", UUID.class), Direction.valueOf(rs.getString("direction")),
                        rs.getObject("source_organisation_id", UUID.class),
                        PeriodKind.valueOf(rs.getString("period_kind")), rs.getLong("last_total"),
                        rs.getInt("last_periods"), rs.getLong("before_total"), rs.getInt("before_periods"),
                        java.util.Set.of((UUID[]) rs.getArray("operations").getArray())))
                .list();
    }

    /**
     * A location's flow in one ISO week: of its series of entries or exits (a direction, source and period kind; never
     * added together, as they count the same people) the largest week's total, with that series, and the operations
     * whose counts of the location that week these are.
     */
    public record LocationWeek(UUID countryId, UUID locationId, LocalDate weekStart, long total, Direction direction,
            UUID sourceOrganisationId, java.util.Set<UUID> operationIds) {
    }

    /**
     * Across the whole region, regardless of who may read it (for the alerts' flows-without-monitoring rule, which
     * shows each figure only to those who read the figures of the operations in {@code operationIds}): each location's
     * flow in each ISO week from the week of {@code from} to the week of {@code to}, from its daily and weekly counts
     * of entries and exits (a stock, PRESENT, is no flow) that begin in the week. Weeks without counts are left out.
     */
    public List<LocationWeek> weeklyFlowsAtLocationsAcrossTheRegion(LocalDate from, LocalDate to) {
        return weeklyFlowsAtLocationsAcrossTheRegion(from, to, null);
    }

    /** As {@link #weeklyFlowsAtLocationsAcrossTheRegion(LocalDate, LocalDate)}, at one location ({@code null}: every one). */
    public List<LocationWeek> weeklyFlowsAtLocationsAcrossTheRegion(LocalDate from, LocalDate to, UUID locationId) {
        String atLocation = locationId == null ? "" : " and location_id = :location";
        LocalDate firstWeek = from.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        LocalDate lastWeek = to.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        return jdbc.sql("""
                        with series as (
                            select country_id, location_id, date_trunc('week', period_start)::date as week_start,
                                   direction, source_organisation_id, period_kind, sum(total) as total
                            from flow_count
                            where location_id is not null and period_kind in ('DAY', 'WEEK') and direction <> 'PRESENT'
                              and period_start >= :first and period_start <= :lastDay""" + atLocation + """

                            group by country_id, location_id, week_start, direction, source_organisation_id, period_kind
                        ), operations as (
                            select location_id, date_trunc('week', period_start)::date as week_start,
                                   array_agg(distinct operation_id) as operations
                            from flow_count
                            where location_id is not null and period_kind in ('DAY', 'WEEK') and direction <> 'PRESENT'
                              and period_start >= :first and period_start <= :lastDay""" + atLocation + """

                            group by location_id, week_start
                        )
                        select distinct on (s.location_id, s.week_start) s.country_id, s.location_id, s.week_start,
                               s.total, s.direction, s.source_organisation_id, o.operations
                        from series s join operations o on o.location_id = s.location_id and o.week_start = s.week_start
                        order by s.location_id, s.week_start, s.total desc, s.direction,
                                 s.source_organisation_id nulls first""")
                .param("first", firstWeek).param("lastDay", lastWeek.plusDays(6))
                .params(locationId == null ? Map.of() : Map.of("location", locationId))
                .query((rs, n) -> new LocationWeek(rs.getObject("country_id", UUID.class),
                        rs.getObject("location_id", UUID.class), rs.getObject("week_start", LocalDate.class),
                        rs.getLong("total"), Direction.valueOf(rs.getString("direction")),
                        rs.getObject("source_organisation_id", UUID.class),
                        java.util.Set.of((UUID[]) rs.getArray("operations").getArray())))
                .list();
    }

    /** The last day of any count in the user's figures: where a page over the whole region opens; empty when none. */
    public java.util.Optional<LocalDate> lastDayCounted(CorridorUser user) {
        ReadScope scope = sharing.scopeOf(user);
        Map<String, Object> params = new LinkedHashMap<>();
        String where = FlowCounts.whereFigures(scope, FlowFilter.ANY, params);
        // max() of no row is one row holding null, which single() refuses: a reader who reads no count has no day.
        return jdbc.sql("select max(period_end) from flow_count" + where).params(params)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1, LocalDate.class))).single();
    }

    /**
     * One published figure of a report's period: a country's figure for one direction, source and period (a day, an
     * ISO week or a month lying wholly within the report's period), by the rule of this class (the source's national
     * total where it gives one, else the sum of its counts at the country's locations).
     *
     * @param sourceOrganisationId null for the operations' own observation
     */
    public record CountryFigure(UUID countryId, Direction direction, UUID sourceOrganisationId, PeriodKind kind,
            LocalDate start, LocalDate end, long total, boolean national) {
    }

    /**
     * A period's flows as a report shows them: every figure the reader's figures hold, and the operations with counts
     * in the period that do not share their figures with the reader ("not shared with you", never a zero).
     */
    public record PeriodFlows(List<CountryFigure> figures, java.util.Set<UUID> notShared) {
        public PeriodFlows {
            figures = List.copyOf(figures);
            notShared = java.util.Set.copyOf(notShared);
        }
    }

    /**
     * Every figure of one country ({@code countryId} null: of every country, each on its own) for each direction and
     * source, of periods wholly within {@code from}–{@code to}, as the user reads them; two queries whatever the
     * period's length. Countries, directions and sources are never added to one another here: the caller shows them
     * apart.
     */
    public PeriodFlows periodFlows(CorridorUser user, UUID countryId, LocalDate from, LocalDate to) {
        ReadScope scope = scopeOf(user);
        Map<String, Object> params = new LinkedHashMap<>();
        FlowFilter filter = new FlowFilter(null, countryId, null, null, null, false, null, from, to);
        String where = FlowCounts.whereFigures(scope, filter, params);
        List<CountryFigure> figures = jdbc.sql("""
                with visible as (select country_id, direction, source_organisation_id, period_kind, period_start,
                                        period_end, location_id, total
                                 from flow_count %s and period_start >= :from and period_end <= :to),
                national as (select country_id, direction, source_organisation_id, period_kind, period_start,
                                    period_end, sum(total) as total
                             from visible where location_id is null
                             group by country_id, direction, source_organisation_id, period_kind, period_start,
                                      period_end),
                local as (select country_id, direction, source_organisation_id, period_kind, period_start,
                                 period_end, sum(total) as total
                          from visible where location_id is not null
                          group by country_id, direction, source_organisation_id, period_kind, period_start,
                                   period_end)
                select coalesce(n.country_id, l.country_id) as country_id, coalesce(n.direction, l.direction) as direction,
                       coalesce(n.source_organisation_id, l.source_organisation_id) as source,
                       coalesce(n.period_kind, l.period_kind) as kind, coalesce(n.period_start, l.period_start) as starts,
                       coalesce(n.period_end, l.period_end) as ends, coalesce(n.total, l.total) as total,
                       n.total is not null as national
                from national n full join local l
                  on n.country_id = l.country_id and n.direction = l.direction
                 and n.source_organisation_id is not distinct from l.source_organisation_id
                 and n.period_kind = l.period_kind and n.period_start = l.period_start
                order by 1, 2, 3, 4, 5""".formatted(where))
                .params(params)
                .query((rs, n) -> new CountryFigure(rs.getObject("country_id", UUID.class),
                        Direction.valueOf(rs.getString("direction")), rs.getObject("source", UUID.class),
                        PeriodKind.valueOf(rs.getString("kind")), rs.getObject("starts", LocalDate.class),
                        rs.getObject("ends", LocalDate.class), rs.getLong("total"), rs.getBoolean("national")))
                .list();
        java.util.Set<UUID> notShared = new java.util.HashSet<>();
        if (!scope.figuresNotShared(directory.operations().stream().map(OperationSummary::id).toList()).isEmpty()) {
            Map<String, Object> hiddenParams = new LinkedHashMap<>();
            String hidden = FlowCounts.where("not " + FlowCounts.figures(scope), scope, filter, hiddenParams);
            notShared.addAll(jdbc.sql("select distinct operation_id from flow_count" + hidden
                            + " and period_start >= :from and period_end <= :to")
                    .params(hiddenParams).query(UUID.class).list());
        }
        return new PeriodFlows(figures, notShared);
    }

    /**
     * A place's figures of one direction and source as another module compares them (the regional picture's
     * cross-border reconciliation): the daily and the weekly or monthly figures of {@link #series} (a day without a
     * figure is null there, never 0), and what is left out of them because the operations that counted it do not
     * share their figures with the reader: those operations, and the days and the Mondays of the ISO weeks with such
     * counts, so that a day or week is said to be "not shared with you" instead of missing.
     */
    public record PlaceFigures(Series series, java.util.Set<UUID> notSharedBy, java.util.Set<LocalDate> daysNotShared,
            java.util.Set<LocalDate> weeksNotShared) {
        public PlaceFigures {
            notSharedBy = java.util.Set.copyOf(notSharedBy);
            daysNotShared = java.util.Set.copyOf(daysNotShared);
            weeksNotShared = java.util.Set.copyOf(weeksNotShared);
        }
    }

    /** The figures of a place, direction and source from {@code from} to {@code to}, as the user reads them. */
    public PlaceFigures placeFigures(CorridorUser user, Place place, Direction direction, Source source, LocalDate from,
            LocalDate to) {
        ReadScope scope = scopeOf(user);
        Series series = series(scope, place, direction, source, from, to);
        java.util.Set<UUID> operations = new java.util.HashSet<>();
        java.util.Set<LocalDate> days = new java.util.HashSet<>();
        java.util.Set<LocalDate> weeks = new java.util.HashSet<>();
        if (!scope.figuresNotShared(directory.operations().stream().map(OperationSummary::id).toList()).isEmpty()) {
            Map<String, Object> params = new LinkedHashMap<>();
            String where = FlowCounts.where("not " + FlowCounts.figures(scope), scope,
                    filter(place, direction, source, from, to), params);
            jdbc.sql("select distinct operation_id, period_kind, period_start from flow_count" + where
                            + " and period_kind in ('DAY', 'WEEK')")
                    .params(params)
                    .query((rs, n) -> {
                        operations.add(rs.getObject(1, UUID.class));
                        LocalDate start = rs.getObject(3, LocalDate.class);
                        return ("DAY".equals(rs.getString(2)) ? days : weeks).add(start);
                    })
                    .list();
        }
        return new PlaceFigures(series, operations, days, weeks);
    }

    /**
     * The sources with a daily or weekly figure of the place and direction in the period that the user reads:
     * the own observation first, then the organisations; what a comparison of two places may choose from.
     */
    public List<Source> sourcesWithFigures(CorridorUser user, Place place, Direction direction, LocalDate from,
            LocalDate to) {
        Map<String, Object> params = new LinkedHashMap<>();
        FlowFilter filter = new FlowFilter(null, place.countryId(), place.locationId(), direction, null, false, null,
                from, to);
        String where = FlowCounts.whereFigures(scopeOf(user), filter, params);
        return jdbc.sql("select distinct source_organisation_id from flow_count" + where
                        + " and period_kind in ('DAY', 'WEEK') order by 1 nulls first")
                .params(params)
                .query((rs, n) -> new Source(rs.getObject(1, UUID.class)))
                .list();
    }

    /** One published weekly figure: persons counted moving one way in a country, by one source, in one ISO week. */
    public record PublicWeek(UUID countryId, Direction direction, UUID sourceOrganisationId, LocalDate weekStart,
            long persons) {
    }

    /**
     * The weekly figures of a period and the records that fed them: how many flow counts, and a SHA-256 over their
     * ids and versions in id order, so that the same selection can be run again later and shown to be unchanged.
     */
    public record PublicWeeklyTotals(List<PublicWeek> weeks, long records, String recordsDigest) {
        public PublicWeeklyTotals {
            weeks = List.copyOf(weeks);
        }
    }

    /**
     * The counts a public week is summed from (see {@link #publicWeeklyTotals}): of the weeks from {@code :first} to
     * {@code :last}, a place's weekly figure where it has one, else its daily ones; a country's national figure where
     * the source gives one, else its places'.
     */
    private static final String PUBLIC_COUNTS_USED = """
                with candidates as (
                    select id, version, country_id, direction, source_organisation_id, location_id, period_kind,
                           total, date_trunc('week', period_start)::date as week
                    from flow_count
                    where period_start >= :first and period_end <= :last and period_kind in ('DAY', 'WEEK')
                      and direction in ('ENTRY', 'EXIT')),
                at_place as (
                    select *, bool_or(period_kind = 'WEEK') over (partition by country_id, direction,
                              source_organisation_id, location_id, week) as place_has_week,
                           bool_or(location_id is null) over (partition by country_id, direction,
                              source_organisation_id, week) as country_has_national
                    from candidates),
                used as (
                    select * from at_place
                    where (period_kind = 'WEEK' or not place_has_week)
                      and (location_id is null or not country_has_national))
                """;

    /**
     * The same figures as {@link #publicWeeklyTotals}, without the records that fed them: for the public figures page,
     * which shows them and logs nothing (only an export is logged with its records, so only an export reads them).
     */
    public List<PublicWeek> publicWeeks(LocalDate from, LocalDate to) {
        LocalDate first = from.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
        LocalDate last = to.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.SUNDAY));
        return last.isBefore(first) ? List.of() : publicWeeks(PUBLIC_COUNTS_USED, first, last);
    }

    private List<PublicWeek> publicWeeks(String used, LocalDate first, LocalDate last) {
        return jdbc.sql(used + """
                select country_id, direction, source_organisation_id, week, sum(total) as persons from used
                group by country_id, direction, source_organisation_id, week order by 1, 2, 3, 4""")
                .param("first", first).param("last", last)
                .query((rs, n) -> new PublicWeek(rs.getObject(1, UUID.class), Direction.valueOf(rs.getString(2)),
                        rs.getObject(3, UUID.class), rs.getObject(4, LocalDate.class), rs.getLong(5)))
                .list();
    }

    /**
     * Entries and exits per country, source and ISO week of the weeks lying wholly within {@code from}–{@code to}, from
     * the counts of EVERY operation at ANY distribution level, for publication. No read rule applies on purpose: only
     * these aggregates leave (no record, no place finer than a country, no day, no text), and the caller publishes
     * them only after suppressing small cells. Never show them unsuppressed to a user.
     *
     * <p>The rule of this class applies within the week: the source's national figure where it gives one (its weekly
     * figure, else the sum of its daily national figures), else the sum over the country's locations (each location's
     * weekly figure, else the sum of its daily counts). Monthly figures cannot be split into weeks and are left out;
     * PRESENT is a stock, not a flow, and is left out.
     */
    @org.springframework.transaction.annotation.Transactional(readOnly = true,
            isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
    public PublicWeeklyTotals publicWeeklyTotals(LocalDate from, LocalDate to) {
        // Whole ISO weeks only: the first Monday on or after from, the last Sunday on or before to.
        LocalDate first = from.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
        LocalDate last = to.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.SUNDAY));
        if (last.isBefore(first)) {
            return new PublicWeeklyTotals(List.of(), 0, sha256Hex(""));
        }
        List<PublicWeek> weeks = publicWeeks(PUBLIC_COUNTS_USED, first, last);
        return jdbc.sql(PUBLIC_COUNTS_USED + """
                select count(*), encode(sha256(convert_to(coalesce(string_agg(id::text || ':' || version, ','
                       order by id), ''), 'UTF8')), 'hex') from used""")
                .param("first", first).param("last", last)
                .query((rs, n) -> new PublicWeeklyTotals(weeks, rs.getLong(1), rs.getString(2))).single();
    }

    static String sha256Hex(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A figure of one period: a national total, or the sum of the place's location counts. */
    private record Figure(PeriodKind kind, LocalDate start, LocalDate end, long total, boolean national) {
    }

    private List<Figure> figures(ReadScope scope, Place place, Direction direction, Source source, LocalDate from,
            LocalDate to) {
        Map<String, Object> params = new LinkedHashMap<>();
        FlowFilter filter = filter(place, direction, source, from, to);
        String where = FlowCounts.whereFigures(scope, filter, params);
        if (place.locationId() != null) {
            return jdbc.sql("select period_kind, period_start, period_end, total from flow_count" + where)
                    .params(params)
                    .query((rs, n) -> new Figure(PeriodKind.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class),
                            rs.getObject(3, LocalDate.class), rs.getLong(4), false))
                    .list();
        }
        // The rule of this class: a period's national total where there is one, else its locations' sum.
        return jdbc.sql("""
                with visible as (select * from flow_count %s),
                national as (select period_kind, period_start, period_end, sum(total) as total from visible
                             where location_id is null group by period_kind, period_start, period_end),
                local as (select period_kind, period_start, period_end, sum(total) as total from visible
                          where location_id is not null group by period_kind, period_start, period_end)
                select coalesce(n.period_kind, l.period_kind), coalesce(n.period_start, l.period_start),
                       coalesce(n.period_end, l.period_end), coalesce(n.total, l.total), n.total is not null
                from national n full join local l
                  on n.period_kind = l.period_kind and n.period_start = l.period_start""".formatted(where))
                .params(params)
                .query((rs, n) -> new Figure(PeriodKind.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getLong(4), rs.getBoolean(5)))
                .list();
    }

    private static FlowFilter filter(Place place, Direction direction, Source source, LocalDate from, LocalDate to) {
        return new FlowFilter(null, place == null ? null : place.countryId(), place == null ? null : place.locationId(),
                direction, source.organisationId(), source.own(), null, from, to);
    }

    private static Double average(Map<LocalDate, Figure> daily, LocalDate day) {
        long sum = 0;
        int counted = 0;
        for (int back = 0; back < 7; back++) {
            Figure figure = daily.get(day.minusDays(back));
            if (figure != null) {
                sum += figure.total();
                counted++;
            }
        }
        return counted >= MIN_DAYS_FOR_AVERAGE ? (double) sum / counted : null;
    }

    /** The per-day average of the weekly or monthly figure covering the day; a week wins over a month (finer). */
    private static Double perDay(List<PeriodFigure> periods, LocalDate day) {
        PeriodFigure best = null;
        for (PeriodFigure period : periods) {
            if (!day.isBefore(period.start()) && !day.isAfter(period.end())
                    && (best == null || period.kind().ordinal() < best.kind().ordinal())) {
                best = period;
            }
        }
        return best == null ? null : best.perDay();
    }
}
