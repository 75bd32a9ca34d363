package org.corridor.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DemoAccounts;
import org.corridor.accounts.DemoAccounts.DemoAccount;
import org.corridor.accounts.UserAccounts;
import org.corridor.alerts.AlertRules;
import org.corridor.directory.Directory;
import org.corridor.kernel.Actor;
import org.corridor.kernel.CorridorProperties;
import org.corridor.kernel.Region;
import org.corridor.flows.FlowCounts;
import org.corridor.flows.FlowFilter;
import org.corridor.directory.OperationSummary;
import org.corridor.monitoring.MonitoringVisits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo scenario: the region's reference data comes with every database; this adds one
 * account a role (and an officer for each operation the article's activities need, and the Mission to Serbia's
 * head for its reports), the article's monitoring, the route's flows, its liaison, its activities and its four
 * migration reports. Loading is idempotent: what is there is kept.
 */
@Component
public class DemoScenario {

    private static final Logger log = LoggerFactory.getLogger(DemoScenario.class);

    /**
     * The demo's period for the alerts' replay: from the route's opening to the end of 2016, the last of the article's
     * events (its regional meetings of the autumn); within the rules' limit of two years.
     */
    static final LocalDate REPLAY_FROM = FlowScenario.FIRST_DAY;
    static final LocalDate REPLAY_TO = LocalDate.of(2016, 12, 31);

    private final UserAccounts accounts;
    private final Directory directory;
    private final MonitoringScenario monitoring;
    private final MonitoringVisits visits;
    private final FlowScenario flowScenario;
    private final FlowCounts flowCounts;
    private final LiaisonScenario liaison;
    private final ActivityScenario activityScenario;
    private final ReportScenario reportScenario;
    private final AlertRules alertRules;

    DemoScenario(UserAccounts accounts, Directory directory, MonitoringScenario monitoring, MonitoringVisits visits,
            FlowScenario flowScenario, FlowCounts flowCounts, LiaisonScenario liaison,
            ActivityScenario activityScenario, ReportScenario reportScenario, AlertRules alertRules) {
        this.alertRules = alertRules;
        this.accounts = accounts;
        this.reportScenario = reportScenario;
        this.activityScenario = activityScenario;
        this.liaison = liaison;
        this.directory = directory;
        this.monitoring = monitoring;
        this.visits = visits;
        this.flowScenario = flowScenario;
        this.flowCounts = flowCounts;
    }

    /** Loads what is missing and returns what it added. */
    @Transactional
    public List<String> load() {
        List<String> added = new ArrayList<>();
        for (DemoAccount account : DemoAccounts.ACCOUNTS) {
            if (accounts.findByUsername(account.username()).isPresent()) {
                continue;
            }
            var operation = account.operationCode() == null ? null
                    : directory.operationByCode(account.operationCode()).map(OperationSummary::id).orElseThrow(
                            () -> new IllegalStateException("The directory lacks the operation " + account.operationCode()));
            accounts.create(account.username(), account.displayName(), DemoAccounts.PASSWORD,
                    List.of(account.membership(operation)));
            added.add("account " + account.username());
        }
        CorridorUser skopjeOfficer = demoUser("officer");
        if (visits.list(skopjeOfficer, MonitoringVisits.VisitFilter.ANY, 0, 1).totalItems() == 0) {
            added.addAll(monitoring.load(skopjeOfficer, demoUser("focal"), demoUser("officer.serbia"),
                    demoUser("officer.bih"), demoUser("officer.kosovo"), demoUser("officer.albania"),
                    demoUser("officer.montenegro")));
        }
        if (flowCounts.list(skopjeOfficer, FlowFilter.ANY, 0, 1).totalItems() == 0) {
            added.addAll(flowScenario.load(skopjeOfficer, demoUser("officer.serbia")));
        }
        if (liaison.missing(skopjeOfficer)) {
            added.addAll(liaison.load(skopjeOfficer, demoUser("focal"), demoUser("officer.serbia")));
        }
        if (activityScenario.missing(skopjeOfficer)) {
            added.addAll(activityScenario.load(skopjeOfficer, demoUser("officer.serbia"), demoUser("officer.bih"),
                    demoUser("officer.kosovo"), demoUser("officer.albania"), demoUser("officer.montenegro")));
        }
        // Last: the reports draw their generated sections from everything above.
        if (reportScenario.missing(skopjeOfficer)) {
            added.addAll(reportScenario.load(skopjeOfficer, demoUser("head"), demoUser("officer.serbia"),
                    demoUser("head.serbia")));
        }
        if (reportScenario.regionalMissing(demoUser("coordinator"))) {
            added.addAll(reportScenario.loadRegional(demoUser("coordinator")));
        }
        if (!added.isEmpty()) {
            // The system replays its rules over the demo's period week by week, as it would have run them then, so
            // that the alerts the data raises (the shift towards Croatia, the closure and the operations off the
            // route, Gevgelija below plan, overdue action points) are there when the demo starts. Raised once: a
            // second load raises nothing new.
            int raised = alertRules.replay(Actor.SYSTEM, REPLAY_FROM, REPLAY_TO, LocalDate.now(Region.ZONE));
            added.add(raised + " alerts");
        }
        return added;
    }

    private CorridorUser demoUser(String username) {
        return accounts.findByUsername(username)
                .orElseThrow(() -> new IllegalStateException("The demo account " + username + " is missing"));
    }

    /**
     * The README's run command starts the server in demo mode: load the scenario into an empty database. Demo mode is
     * asked at start, not made a condition of the bean: an ahead-of-time build fixes its beans' conditions when it is
     * built, and one build serves with and without the demo.
     */
    @Component
    @ConditionalOnWebApplication
    static class OnStart implements ApplicationRunner {

        private final DemoScenario scenario;
        private final UserAccounts accounts;
        private final CorridorProperties properties;

        OnStart(DemoScenario scenario, UserAccounts accounts, CorridorProperties properties) {
            this.scenario = scenario;
            this.accounts = accounts;
            this.properties = properties;
        }

        @Override
        public void run(ApplicationArguments args) {
            if (properties.demo() && !accounts.anyUsers()) {
                List<String> added = scenario.load();
                log.info("Demo scenario loaded: {}", added);
            }
        }
    }
}
