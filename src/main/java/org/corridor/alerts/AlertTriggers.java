package org.corridor.alerts;

import java.time.Clock;
import java.time.LocalDate;
import org.corridor.flows.FlowCountsImported;
import org.corridor.flows.RouteEventRecorded;
import org.corridor.kernel.Actor;
import org.corridor.liaison.MeetingRecorded;
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

    AlertTriggers(AlertRules rules) {
        this.rules = rules;
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
