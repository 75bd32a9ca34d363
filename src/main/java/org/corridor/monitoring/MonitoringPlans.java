package org.corridor.monitoring;

import jakarta.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.corridor.kernel.Problem;
import org.corridor.kernel.TextLimits;
import org.corridor.kernel.RecordNotFound;
import org.corridor.kernel.RecordPage;
import org.corridor.kernel.RecordRejected;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.corridor.kernel.AuditableChange;
import org.corridor.kernel.Conditions;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.ReadScope;
import org.corridor.accounts.RecordKind;
import org.corridor.accounts.Sharing;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monitoring plans (target visits a week per location and unit) and the monitoring intensity they
 * are measured against: visits per ISO week, with the weeks below target marked.
 */
@Service
public class MonitoringPlans {

    /**
     * A plan as entered: target visits a week at a location by a unit, for a period (open-ended if no end).
     * {@code distributionLevel} null means the operation's default for a new plan, and no change for a changed one.
     */
    public record PlanDraft(UUID operationId, UUID locationId, Unit unit, Integer targetPerWeek, LocalDate validFrom,
            LocalDate validTo, @Schema(maxLength = TextLimits.PARAGRAPH) String note, DistributionLevel distributionLevel) {

        /** A plan at its operation's default level. */
        public PlanDraft(UUID operationId, UUID locationId, Unit unit, Integer targetPerWeek, LocalDate validFrom,
                LocalDate validTo, String note) {
            this(operationId, locationId, unit, targetPerWeek, validFrom, validTo, note, null);
        }

        public List<Problem> problems() {
            List<Problem> problems = new ArrayList<>();
            if (operationId == null) {
                problems.add(new Problem("operationId", "plan.error.operation"));
            }
            if (locationId == null) {
                problems.add(new Problem("locationId", "plan.error.location"));
            }
            if (unit == null) {
                problems.add(new Problem("unit", "plan.error.unit"));
            }
            if (targetPerWeek == null || targetPerWeek < 1 || targetPerWeek > 50) {
                problems.add(new Problem("targetPerWeek", "plan.error.target"));
            }
            if (validFrom == null) {
                problems.add(new Problem("validFrom", "plan.error.validFrom"));
            } else if (validTo != null && validTo.isBefore(validFrom)) {
                problems.add(new Problem("validTo", "plan.error.endsBeforeStart"));
            }
            TextLimits.check(problems, "note", note, TextLimits.PARAGRAPH);
            return problems;
        }
    }

    /**
     * A plan's columns named as {@link Plan}'s fields: the record mapper looks each field up by its own name first and
     * by the underscored name only after a failed look-up, which costs the driver an exception a field and row.
     */
    private static final String PLAN_COLUMNS = "id, operation_id as \"operationId\", location_id as \"locationId\","
            + " unit, target_per_week as \"targetPerWeek\", valid_from as \"validFrom\", valid_to as \"validTo\", note,"
            + " distribution_level as \"distributionLevel\", version";

    public record Plan(UUID id, UUID operationId, UUID locationId, Unit unit, int targetPerWeek, LocalDate validFrom,
            @Nullable LocalDate validTo, String note, DistributionLevel distributionLevel, long version) {

        boolean covers(LocalDate weekStart) {
            LocalDate weekEnd = weekStart.plusDays(6);
            return !validFrom.isAfter(weekEnd) && (validTo == null || !validTo.isBefore(weekStart));
        }
    }

    /** One ISO week of the intensity chart; {@code target} is null where no plan covers the week. */
    public record IntensityWeek(LocalDate weekStart, int isoYear, int isoWeek, long visits, Integer target) {
        public String label() {
            return isoYear + "-W" + (isoWeek < 10 ? "0" : "") + isoWeek;
        }

        public boolean belowTarget() {
            return target != null && visits < target;
        }
    }

    private final MonitoringPlanRepository plans;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Sharing sharing;

    MonitoringPlans(MonitoringPlanRepository plans, JdbcClient jdbc, ApplicationEventPublisher events, Sharing sharing) {
        this.plans = plans;
        this.jdbc = jdbc;
        this.events = events;
        this.sharing = sharing;
    }

    /** Focal points and heads of operation set an operation's plans; officers carry them out. */
    public boolean mayPlan(CorridorUser user, UUID operationId) {
        return user.mayEditAnyRecordOf(operationId) || user.mayHead(operationId);
    }

    @Transactional
    public Plan create(CorridorUser user, PlanDraft draft) {
        if (draft.operationId() != null && !mayPlan(user, draft.operationId())) {
            throw new AccessDeniedException("Focal points and heads of operation set monitoring plans");
        }
        MonitoringPlan plan = MonitoringPlan.create(draft,
                () -> sharing.defaultLevel(draft.operationId(), RecordKind.MONITORING_PLAN), user.id());
        Plan saved = RecordWrites.save(plans, plan, 0).details();
        events.publishEvent(AuditableChange.created(user.actor(), "monitoring_plan", saved.id(), saved.operationId(),
                saved));
        return saved;
    }

    /** Changes a plan if nobody else has since {@code expectedVersion}. The operation never changes. */
    @Transactional
    public Plan update(CorridorUser user, UUID id, long expectedVersion, PlanDraft changes) {
        MonitoringPlan plan = readable(user, id).orElseThrow(() -> new RecordNotFound(id));
        Plan before = plan.details();
        if (!mayPlan(user, before.operationId())) {
            throw new AccessDeniedException("Focal points and heads of operation change monitoring plans");
        }
        plan.change(changes);
        plan.expectVersion(expectedVersion);
        Plan after = RecordWrites.save(plans, plan, before.version()).details();
        events.publishEvent(AuditableChange.updated(user.actor(), "monitoring_plan", id, after.operationId(), before,
                after));
        return after;
    }

    /** A plan the user may read at its distribution level; others are simply not there. */
    public Optional<Plan> find(CorridorUser user, UUID id) {
        return readable(user, id).map(MonitoringPlan::details);
    }

    private Optional<MonitoringPlan> readable(CorridorUser user, UUID id) {
        return plans.findById(id).filter(plan -> plan.readableBy(user));
    }

    /** The plans the user may read, latest start first; {@code operationId} null means all of them. */
    public RecordPage<Plan> list(CorridorUser user, UUID operationId, int page, int size) {
        ReadScope scope = sharing.scopeOf(user);
        Conditions where = Conditions.of(scope.params()).and(scope.records(""))
                .and("operation_id = :operation", "operation", operationId);
        return RecordPage.query(jdbc, "monitoring_plan where " + where, where.params(), "valid_from desc, id", Plan.class,
                page, size);
    }

    /**
     * Visits per ISO week from the week of {@code from} to the week of {@code to}, at one location or,
     * with {@code locationId} null, at all of the operation's, against the targets of its plans. Cancelled visits do
     * not count. This is a figure (counts, no text): it counts every visit and plan of the operation, whatever their
     * levels, for whoever may read the operation's figures ({@link ReadScope#mayReadFigures}); others are refused.
     */
    public List<IntensityWeek> intensity(CorridorUser user, UUID operationId, UUID locationId, Unit unit, LocalDate from,
            LocalDate to) {
        if (!sharing.scopeOf(user).mayReadFigures(operationId)) {
            throw new AccessDeniedException("The operation does not share its figures with this user");
        }
        LocalDate firstWeek = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate lastWeek = to.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        // Conditions on the visits joined to each week; a filter left empty adds none.
        Conditions joined = Conditions.none().bind("operation", operationId).bind("first", firstWeek)
                .bind("last", lastWeek)
                .and("v.location_id = :location", "location", locationId)
                .and("v.unit = :unit", "unit", unit == null ? null : unit.name());
        // Weeks are generated in SQL so that weeks without visits appear with zero; the visit's day
        // is taken in the region's clock, so a visit at 00:30 on a Monday counts for that week.
        Map<LocalDate, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                with weeks as (
                    select generate_series(cast(:first as date), cast(:last as date), interval '1 week')::date as week_start
                )
                select w.week_start, count(v.id) as visits
                from weeks w
                left join monitoring_visit v
                  on v.operation_id = :operation and v.status <> 'CANCELLED'
                 and (v.starts_at at time zone 'Europe/Belgrade')::date >= w.week_start
                 and (v.starts_at at time zone 'Europe/Belgrade')::date < w.week_start + 7
                """ + " and " + joined + """

                group by w.week_start
                order by w.week_start""")
                .params(joined.params())
                .query((rs, n) -> counts.put(rs.getObject("week_start", LocalDate.class), rs.getLong("visits"))).list();
        List<Plan> targets = jdbc.sql("select " + PLAN_COLUMNS
                        + " from monitoring_plan where operation_id = :operation")
                .param("operation", operationId).query(Plan.class).list().stream()
                .filter(p -> locationId == null || p.locationId().equals(locationId))
                .filter(p -> unit == null || p.unit() == unit).toList();
        List<IntensityWeek> weeks = new ArrayList<>();
        counts.forEach((weekStart, visits) -> {
            List<Plan> covering = targets.stream().filter(p -> p.covers(weekStart)).toList();
            Integer target = covering.isEmpty() ? null : covering.stream().mapToInt(Plan::targetPerWeek).sum();
            weeks.add(new IntensityWeek(weekStart, weekStart.get(IsoFields.WEEK_BASED_YEAR),
                    weekStart.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), visits, target));
        });
        return weeks;
    }

    /**
     * One planned location's record in a period: the weeks its plans cover, how many of them fell below its target,
     * and the lowest and highest weekly target (plans change over a period, as Gevgelija's did).
     */
    public record LocationShortfall(UUID locationId, int plannedWeeks, int weeksBelow, int lowestTarget,
            int highestTarget, List<LocalDate> weeksBelowStarts) {
    }

    /**
     * The shortfall of an operation's planned locations, one by one. A whole operation's summed weekly figures hide a
     * location that missed its target behind another that exceeded its own (visits at Tabanovce do not make up for
     * Gevgelija), so each planned location is measured on its own. Empty when no plan covers the period.
     */
    public record Shortfalls(List<LocationShortfall> locations) {

        /** The weeks in which at least one planned location was below its target (a week counts once). */
        public java.util.SortedMap<LocalDate, Integer> locationsBelowByWeek() {
            java.util.SortedMap<LocalDate, Integer> byWeek = new java.util.TreeMap<>();
            locations.forEach(l -> l.weeksBelowStarts().forEach(w -> byWeek.merge(w, 1, Integer::sum)));
            return byWeek;
        }

        /** Weeks below target summed over the locations (a week two locations missed counts twice). */
        public int locationWeeksBelow() {
            return locations.stream().mapToInt(LocationShortfall::weeksBelow).sum();
        }

        public boolean planned() {
            return !locations.isEmpty();
        }
    }

    /**
     * Each planned location's weeks below target from the week of {@code from} to the week of {@code to} (by
     * {@code unit} alone if given), measured as {@link #intensity} measures one location. Same read rule.
     */
    public Shortfalls shortfalls(CorridorUser user, UUID operationId, Unit unit, LocalDate from, LocalDate to) {
        if (!sharing.scopeOf(user).mayReadFigures(operationId)) {
            throw new AccessDeniedException("The operation does not share its figures with this user");
        }
        LocalDate firstWeek = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate lastWeek = to.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Plan> plans = jdbc.sql("select " + PLAN_COLUMNS
                        + " from monitoring_plan where operation_id = :operation order by location_id")
                .param("operation", operationId).query(Plan.class).list().stream()
                .filter(p -> unit == null || p.unit() == unit).toList();
        Map<UUID, List<Plan>> planned = new LinkedHashMap<>();
        plans.stream().filter(p -> !p.validFrom().isAfter(lastWeek.plusDays(6))
                        && (p.validTo() == null || !p.validTo().isBefore(firstWeek)))
                .forEach(p -> planned.computeIfAbsent(p.locationId(), l -> new ArrayList<>()));
        if (planned.isEmpty()) {
            return new Shortfalls(List.of());
        }
        plans.stream().filter(p -> planned.containsKey(p.locationId()))
                .forEach(p -> planned.get(p.locationId()).add(p));
        // One query for every planned location (not one a location): its visits per ISO week, a visit's week taken
        // in the region's clock, as {@link #intensity} counts them.
        Conditions where = Conditions.none().bind("operation", operationId)
                .bind("locations", planned.keySet().toArray(UUID[]::new))
                .bind("from", java.sql.Timestamp.from(firstWeek.atStartOfDay(org.corridor.kernel.Region.ZONE).toInstant()))
                .bind("to", java.sql.Timestamp.from(lastWeek.plusDays(7).atStartOfDay(org.corridor.kernel.Region.ZONE)
                        .toInstant()))
                .and("v.unit = :unit", "unit", unit == null ? null : unit.name());
        Map<UUID, Map<LocalDate, Long>> visits = new LinkedHashMap<>();
        jdbc.sql("""
                select v.location_id, date_trunc('week', v.starts_at at time zone 'Europe/Belgrade')::date as week_start,
                       count(*) as visits
                from monitoring_visit v
                where v.operation_id = :operation and v.location_id = any(:locations) and v.status <> 'CANCELLED'
                  and v.starts_at >= :from and v.starts_at < :to and\s""" + where + """

                group by 1, 2""")
                .params(where.params())
                .query((rs, n) -> visits.computeIfAbsent(rs.getObject(1, UUID.class), l -> new LinkedHashMap<>())
                        .put(rs.getObject(2, LocalDate.class), rs.getLong(3)))
                .list();
        List<LocationShortfall> locations = new ArrayList<>();
        planned.forEach((location, targets) -> {
            Map<LocalDate, Long> counted = visits.getOrDefault(location, Map.of());
            List<LocalDate> below = new ArrayList<>();
            int weeks = 0;
            int lowest = Integer.MAX_VALUE;
            int highest = Integer.MIN_VALUE;
            for (LocalDate week = firstWeek; !week.isAfter(lastWeek); week = week.plusWeeks(1)) {
                LocalDate weekStart = week;
                List<Plan> covering = targets.stream().filter(p -> p.covers(weekStart)).toList();
                if (covering.isEmpty()) {
                    continue;
                }
                int target = covering.stream().mapToInt(Plan::targetPerWeek).sum();
                weeks++;
                lowest = Math.min(lowest, target);
                highest = Math.max(highest, target);
                if (counted.getOrDefault(week, 0L) < target) {
                    below.add(week);
                }
            }
            if (weeks > 0) {
                locations.add(new LocationShortfall(location, weeks, below.size(), lowest, highest, below));
            }
        });
        return new Shortfalls(locations);
    }

    /**
     * One planned location's week across the region: the operation's visits there that week (not cancelled, by the
     * region's clock, as {@link #intensity} counts them) against the sum of the targets of its plans covering the week.
     */
    public record PlannedWeek(UUID operationId, UUID locationId, LocalDate weekStart, long visits, int target) {
        public boolean belowTarget() {
            return visits < target;
        }
    }

    /**
     * Every planned location's weeks from the week of {@code from} to the week of {@code to}, of every operation,
     * regardless of who may read them (for the alerts' below-plan rule, which shows them only to those who read the
     * operation's figures): one query, ordered by operation, location and week. Weeks no plan covers are left out.
     */
    public List<PlannedWeek> plannedWeeksAcrossTheRegion(LocalDate from, LocalDate to) {
        return plannedWeeksAcrossTheRegion(from, to, null);
    }

    /** As {@link #plannedWeeksAcrossTheRegion(LocalDate, LocalDate)}, at one location ({@code null}: every one). */
    public List<PlannedWeek> plannedWeeksAcrossTheRegion(LocalDate from, LocalDate to, UUID locationId) {
        LocalDate firstWeek = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate lastWeek = to.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (lastWeek.isBefore(firstWeek)) {
            return List.of();
        }
        return jdbc.sql("""
                with weeks as (
                    select generate_series(cast(:first as date), cast(:last as date), interval '1 week')::date as week_start
                ), targets as (
                    select p.operation_id, p.location_id, w.week_start, sum(p.target_per_week) as target
                    from monitoring_plan p
                    join weeks w on p.valid_from <= w.week_start + 6
                                and (p.valid_to is null or p.valid_to >= w.week_start)
                    """ + (locationId == null ? "" : "where p.location_id = :location\n") + """
                    group by p.operation_id, p.location_id, w.week_start
                )
                select t.operation_id, t.location_id, t.week_start, t.target, count(v.id) as visits
                from targets t
                left join monitoring_visit v
                  on v.operation_id = t.operation_id and v.location_id = t.location_id and v.status <> 'CANCELLED'
                 and v.starts_at >= (t.week_start::timestamp at time zone 'Europe/Belgrade')
                 and v.starts_at < ((t.week_start + 7)::timestamp at time zone 'Europe/Belgrade')
                group by t.operation_id, t.location_id, t.week_start, t.target
                order by t.operation_id, t.location_id, t.week_start""")
                .param("first", firstWeek).param("last", lastWeek).params(locationParam(locationId))
                .query((rs, n) -> new PlannedWeek(rs.getObject("operation_id", UUID.class),
                        rs.getObject("location_id", UUID.class), rs.getObject("week_start", LocalDate.class),
                        rs.getLong("visits"), rs.getInt("target")))
                .list();
    }

    private static Map<String, Object> locationParam(UUID locationId) {
        return locationId == null ? Map.of() : Map.of("location", locationId);
    }

    /**
     * The locations where the operation has visits or plans, for the intensity page's picker; empty unless the user
     * may read the operation's figures.
     */
    public List<UUID> locationsOf(CorridorUser user, UUID operationId) {
        if (!sharing.scopeOf(user).mayReadFigures(operationId)) {
            return List.of();
        }
        return jdbc.sql("select location_id from monitoring_visit where operation_id = :operation"
                        + " union select location_id from monitoring_plan where operation_id = :operation")
                .param("operation", operationId).query(UUID.class).list();
    }
}
