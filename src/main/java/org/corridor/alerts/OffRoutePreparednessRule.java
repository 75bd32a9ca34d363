package org.corridor.alerts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.corridor.alerts.AlertSettings.OffRoute;
import org.corridor.alerts.NewAlert.Source;
import org.corridor.directory.CountrySummary;
import org.corridor.directory.Directory;
import org.corridor.directory.OperationSummary;
import org.corridor.kernel.Actor;
import org.corridor.monitoring.PreparednessAssessments;
import org.corridor.monitoring.PreparednessAssessments.Assessment;
import org.corridor.monitoring.TemporaryDeployments;
import org.corridor.monitoring.TemporaryDeployments.Deployment;
import org.springframework.stereotype.Component;

/**
 * Off-route preparedness: when the route closes or falls at a place, the operations of the countries on its
 * alternative routes ({@link OffRoute#alternatives()}) are told, with their own preparedness as it stood that day: the
 * date and rating of their last assessment and whether their host has a contingency plan ("no assessment in the last
 * six months" is itself a finding), and their temporary deployments in place. The alert is read by those who read the
 * change that set it off and the operation's assessment and deployments it names (its own people always do).
 */
@Component
class OffRoutePreparednessRule {

    /** What set the rule off: a closure, restriction or fall at a place, on a day or in a week. */
    record Trigger(String placeCode, String countryIso2, UUID countryId, UUID locationId, String causeKey,
            LocalDate periodStart, LocalDate periodEnd, String sentence, List<Source> sources) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Directory directory;
    private final PreparednessAssessments assessments;
    private final TemporaryDeployments deployments;
    private final Alerts alerts;
    private final OffRoute settings;

    OffRoutePreparednessRule(Directory directory, PreparednessAssessments assessments,
            TemporaryDeployments deployments, Alerts alerts, AlertSettings settings) {
        this.directory = directory;
        this.assessments = assessments;
        this.deployments = deployments;
        this.alerts = alerts;
        this.settings = settings.offRoute();
    }

    /** Raises the alerts of the operations on the trigger's alternative routes; how many were new. */
    int raise(Actor actor, Trigger trigger) {
        List<String> countries = new ArrayList<>(settings.of(trigger.placeCode()));
        settings.of(trigger.countryIso2()).stream().filter(c -> !countries.contains(c)).forEach(countries::add);
        int raised = 0;
        for (String iso2 : countries) {
            Optional<CountrySummary> country = directory.countryByIso2(iso2);
            if (country.isEmpty() || country.get().id().equals(trigger.countryId())) {
                continue;
            }
            for (OperationSummary operation : directory.operationsHostedIn(country.get().id())) {
                raised += alerts.raise(actor, alertFor(operation, country.get(), trigger)).isPresent() ? 1 : 0;
            }
        }
        return raised;
    }

    private NewAlert alertFor(OperationSummary operation, CountrySummary country, Trigger trigger) {
        LocalDate day = trigger.periodEnd();
        Optional<Assessment> last = assessments.lastOfOperationOnOrBefore(operation.id(), day);
        boolean recent = last.isPresent()
                && !last.get().assessedOn().isBefore(day.minusMonths(settings.assessmentMonths()));
        List<Deployment> inPlace = deployments.ofOperationInPlaceOn(operation.id(), day);
        int officers = inPlace.stream().mapToInt(Deployment::officers).sum();

        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("trigger", trigger.sentence());
        evidence.put("alternativeCountry", country.name());
        evidence.put("assessmentMonths", settings.assessmentMonths());
        StringBuilder summary = new StringBuilder(trigger.sentence()).append(" The route may turn towards ")
                .append(country.name()).append(". ");
        List<Source> sources = new ArrayList<>(trigger.sources());
        if (last.isPresent()) {
            Assessment assessment = last.get();
            evidence.put("lastAssessedOn", assessment.assessedOn().toString());
            evidence.put("rating", assessment.rating().name());
            evidence.put("contingencyPlan", assessment.contingencyPlan().name());
            evidence.put("assessedAuthority", assessment.authority());
            sources.add(new Source(operation.id(), assessment.distributionLevel()));
            summary.append(recent ? "Last preparedness assessment: " : "No preparedness assessment in the last "
                    + settings.assessmentMonths() + " months; the last one: ")
                    .append(DAY.format(assessment.assessedOn())).append(" (")
                    .append(assessment.authority()).append("), ")
                    .append(assessment.rating().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .append(", contingency plan: ").append(assessment.contingencyPlan().name().toLowerCase(Locale.ROOT))
                    .append(". ");
        } else {
            summary.append("No preparedness assessment recorded. ");
        }
        evidence.put("recentAssessment", recent);
        evidence.put("deploymentsInPlace", inPlace.size());
        evidence.put("officersDeployed", officers);
        inPlace.forEach(d -> sources.add(new Source(operation.id(), d.distributionLevel())));
        summary.append(inPlace.isEmpty() ? "No temporary deployment in place."
                : inPlace.size() + " temporary deployment" + (inPlace.size() == 1 ? "" : "s") + " in place ("
                        + officers + " officer" + (officers == 1 ? "" : "s") + ").");
        return new NewAlert(AlertKind.OFF_ROUTE_PREPAREDNESS, operation.id(), trigger.countryId(),
                trigger.locationId(), "off-route:" + trigger.causeKey(), trigger.periodStart(), trigger.periodEnd(),
                evidence, summary.toString(), sources, last.map(a -> "preparedness_assessment").orElse(null),
                last.map(Assessment::id).orElse(null));
    }
}
