package org.corridor.alerts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.corridor.kernel.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the rules over a span of the data, week by week: ISO weeks, Monday to Sunday, so that a rule run every day, on
 * every server, after every change, looks at the same weeks and its alerts keep one cause and period (raised once).
 */
@Service
public class AlertRules {

    /** How many weeks one run looks at at most: two years, the longest span a flow chart shows. */
    static final int MOST_WEEKS = 105;

    /**
     * The key of the PostgreSQL advisory lock a scheduled run holds for its transaction, so that of several servers
     * on one database only one runs the rules at a time (the unique key of an alert makes a second raise harmless
     * anyway). Any number the application uses for nothing else; "alerts" in ASCII.
     */
    static final long LOCK = 0x616c65727473L;

    private final RouteShiftRule routeShift;
    private final RouteClosureRule closures;
    private final ActionPointRule actionPoints;
    private final MonitoringBelowPlanRule belowPlan;
    private final UnmonitoredFlowsRule unmonitoredFlows;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    AlertRules(RouteShiftRule routeShift, RouteClosureRule closures, ActionPointRule actionPoints,
            MonitoringBelowPlanRule belowPlan, UnmonitoredFlowsRule unmonitoredFlows, JdbcClient jdbc,
            TransactionTemplate transactions) {
        this.belowPlan = belowPlan;
        this.unmonitoredFlows = unmonitoredFlows;
        this.routeShift = routeShift;
        this.closures = closures;
        this.actionPoints = actionPoints;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Runs every rule over each week that ends (on a Sunday) from {@code from} to {@code to}, oldest first, as the
     * data alone says (the demo's replay, a day's run); how many alerts were new. Longer spans are cut to their last
     * {@link #MOST_WEEKS} weeks.
     */
    public int evaluateWeeksEnding(Actor actor, LocalDate from, LocalDate to) {
        return oneRunAtATime(() -> weeksEnding(actor, from, to));
    }

    private int weeksEnding(Actor actor, LocalDate from, LocalDate to) {
        LocalDate first = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        LocalDate last = to.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        if (first.isBefore(last.minusWeeks(MOST_WEEKS - 1))) {
            first = last.minusWeeks(MOST_WEEKS - 1);
        }
        if (first.isAfter(last)) {
            return 0;
        }
        return routeShift.raiseWeeks(actor, first, last) + belowPlan.raise(actor, first, last)
                + unmonitoredFlows.raise(actor, first, last);
    }

    /**
     * The monitoring rules alone (below plan, flows without monitoring) over the weeks ending from {@code from} to
     * {@code to} at one location ({@code null}: every one): what a recorded visit changes.
     */
    int evaluateMonitoringWeeksEnding(Actor actor, LocalDate from, LocalDate to, UUID locationId) {
        LocalDate first = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        LocalDate last = to.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        if (first.isAfter(last)) {
            return 0;
        }
        return oneRunAtATime(() -> belowPlan.raise(actor, first, last, locationId)
                + unmonitoredFlows.raise(actor, first, last, locationId));
    }

    /**
     * Every rule over a span, as the system would have run them week by week (the demo's replay): the weeks ending
     * from {@code from} to {@code to}, the route events that happened in it, and the action points as they stand on
     * {@code today}; how many alerts were new.
     */
    public int replay(Actor actor, LocalDate from, LocalDate to, LocalDate today) {
        return oneRunAtATime(() -> weeksEnding(actor, from, to) + closures.raise(actor, from, to)
                + actionPoints.raise(actor, today));
    }

    /** The closure rule over the events that happened from {@code from} to {@code to}. */
    int evaluateEvents(Actor actor, LocalDate from, LocalDate to) {
        return oneRunAtATime(() -> closures.raise(actor, from, to));
    }

    /** The action-point rule as the points stand on {@code today}. */
    int evaluateActionPoints(Actor actor, LocalDate today) {
        return oneRunAtATime(() -> actionPoints.raise(actor, today));
    }

    /**
     * Runs {@code run} in a transaction holding the rules' advisory lock, waiting for it: one rule run at a time on
     * the database. Two runs at once (an import's and a visit's listener, the demo's replay and a listener) raise the
     * same alerts, each waiting for the other's uncommitted alert while holding the audit chain's head — a deadlock
     * PostgreSQL ends by failing one. Within a run that holds the lock already, taking it again returns at once.
     */
    private int oneRunAtATime(java.util.function.IntSupplier run) {
        Integer raised = transactions.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", LOCK).query((rs, n) -> null).list();
            return run.getAsInt();
        });
        return raised == null ? 0 : raised;
    }

    /**
     * Runs {@code run} in a transaction holding the rules' advisory lock, unless another server holds it now (then
     * nothing runs: that server is doing the same); whether it ran.
     */
    boolean whileNoOtherServerRuns(Runnable run) {
        Boolean ran = transactions.execute(status -> {
            boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", LOCK)
                    .query(Boolean.class).single();
            if (locked) {
                run.run();
            }
            return locked;
        });
        return Boolean.TRUE.equals(ran);
    }
}
