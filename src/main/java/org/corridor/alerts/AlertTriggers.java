package org.corridor.alerts;

import java.time.Clock;
import java.time.LocalDate;
import org.corridor.flows.FlowCountsImported;
import org.corridor.flows.RouteEventRecorded;
import org.corridor.kernel.Actor;
import org.corridor.liaison.MeetingRecorded;
import org.corridor.monitoring.VisitRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * When the rules run: after the data they read changed (once a written import file, not once a row; once a recorded
 * route event), each after its change committed, in a transaction of its own (Spring Modulith keeps the event until it
 * is handled, so a server stopped meanwhile handles it at its next start); and every day on a schedule, on one server
 * at a time.
 */
@Component
class AlertTriggers {

    private static final Logger log = LoggerFactory.getLogger(AlertTriggers.class);

    private final AlertRules rules;
    private final AlertSettings settings;

    AlertTriggers(AlertRules rules, AlertSettings settings) {
        this.rules = rules;
        this.settings = settings;
    }

    /**
     * An imported file's counts change the weeks they fall in and, as the four weeks before, the five weeks after
     * them: those are looked at again, up to the last week that ended.
     */
    @ApplicationModuleListener
    void on(FlowCountsImported imported) {
        if (imported.firstDay() == null) {
            return;
        }
        LocalDate today = LocalDate.now(Clock.systemUTC());
        LocalDate last = imported.lastDay().plusWeeks(5);
        int raised = rules.evaluateWeeksEnding(Actor.SYSTEM, imported.firstDay(), last.isAfter(today) ? today : last);
        log.info("Alert rules after import {}: {} new alerts", imported.jobId(), raised);
    }

    @ApplicationModuleListener
    void on(RouteEventRecorded recorded) {
        rules.evaluateEvents(Actor.SYSTEM, recorded.occurredOn(), recorded.occurredOn());
    }

    /** A meeting recorded or changed may bring action points, or close them. */
    @ApplicationModuleListener
    void on(MeetingRecorded recorded) {
        rules.evaluateActionPoints(Actor.SYSTEM, LocalDate.now(Clock.systemUTC()));
    }

    /**
     * A visit recorded or changed (held, cancelled, moved) changes its week, and the runs of weeks below plan that
     * reach their length up to {@code below-plan.weeks} weeks later: those weeks are looked at again, up to the last
     * week that ended (a week still running is not below plan yet).
     */
    @ApplicationModuleListener
    void on(VisitRecorded recorded) {
        LocalDate day = LocalDate.ofInstant(recorded.startsAt(), org.corridor.kernel.Region.ZONE);
        LocalDate yesterday = LocalDate.now(Clock.systemUTC()).minusDays(1);
        LocalDate last = day.plusWeeks(settings.belowPlan().weeks());
        if (!day.isAfter(yesterday)) {
            // A visit changes what the two monitoring rules find at its own place only: they look there alone,
            // not at a year of the whole region's flows and visits for every visit recorded.
            rules.evaluateMonitoringWeeksEnding(Actor.SYSTEM, day, last.isAfter(yesterday) ? yesterday : last,
                    recorded.locationId());
        }
    }

    /** Every day at a quarter past six (UTC): the week that ended, the week's route events, the action points. */
    @Configuration
    @EnableScheduling
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Schedule {

        private final AlertRules rules;

        Schedule(AlertRules rules) {
            this.rules = rules;
        }

        @Scheduled(cron = "${corridor.alerts.schedule}", zone = "UTC")
        void daily() {
            LocalDate today = LocalDate.now(Clock.systemUTC());
            boolean ran = rules.whileNoOtherServerRuns(() -> {
                rules.evaluateWeeksEnding(Actor.SYSTEM, today.minusDays(7), today.minusDays(1));
                rules.evaluateEvents(Actor.SYSTEM, today.minusDays(7), today);
                rules.evaluateActionPoints(Actor.SYSTEM, today);
            });
            if (!ran) {
                log.debug("Alert rules run on another server now");
            }
        }
    }
}
