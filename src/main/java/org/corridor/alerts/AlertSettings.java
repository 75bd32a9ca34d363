package org.corridor.alerts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rules' thresholds ({@code corridor.alerts.*}; the defaults, with why, are in application.properties). A
 * threshold that cannot be right stops the start with a sentence naming the setting.
 */
@ConfigurationProperties("corridor.alerts")
record AlertSettings(@DefaultValue RouteShift routeShift, @DefaultValue OffRoute offRoute,
        @DefaultValue ActionPoints actionPoints,
        @DefaultValue BelowPlan belowPlan, @DefaultValue UnmonitoredFlows unmonitoredFlows) {

    /** An open action point is due soon from {@code dueSoonDays} days before its day, and overdue after it. */
    record ActionPoints(@DefaultValue("7") int dueSoonDays) {

        ActionPoints {
            if (dueSoonDays < 0 || dueSoonDays > 90) {
                throw new IllegalArgumentException("corridor.alerts.action-points.due-soon-days is from 0 to 90; not "
                        + dueSoonDays);
            }
        }
    }


    /**
     * Where the route may turn when it closes or falls at a place: for a location code ({@code MK-GEVGELIJA-BCP}) or a
     * country code ({@code MK}), the ISO codes of the countries on the alternative routes, whose operations are told
     * to look at their own preparedness; and how old an assessment may be before "no recent assessment" is itself a
     * finding.
     */
    record OffRoute(java.util.Map<String, java.util.List<String>> alternatives,
            @DefaultValue("6") int assessmentMonths) {

        OffRoute {
            alternatives = alternatives == null ? java.util.Map.of() : java.util.Map.copyOf(alternatives);
            if (assessmentMonths < 1 || assessmentMonths > 60) {
                throw new IllegalArgumentException("corridor.alerts.off-route.assessment-months is from 1 to 60; not "
                        + assessmentMonths);
            }
            alternatives.forEach((place, countries) -> countries.forEach(country -> {
                if (country == null || !country.matches("[A-Z]{2}")) {
                    throw new IllegalArgumentException("corridor.alerts.off-route.alternatives[" + place
                            + "] lists ISO country codes such as AL,ME; not '" + country + "'");
                }
            }));
        }

        /** The countries on the alternative routes of a location or a country (none where none is set). */
        java.util.List<String> of(String code) {
            return code == null ? java.util.List.of() : alternatives.getOrDefault(code, java.util.List.of());
        }
    }


    /**
     * When a week's flow is a shift of the route: its daily average fell by {@code fallPercent} % or more, or rose by
     * {@code risePercent} % or more, against the daily average of the four weeks before; and the larger of the two, as
     * a week, is at least {@code minimumWeeklyCount} people, so that small numbers do not alarm.
     */
    record RouteShift(@DefaultValue("60") int fallPercent, @DefaultValue("100") int risePercent,
            @DefaultValue("200") long minimumWeeklyCount) {

        RouteShift {
            if (fallPercent < 1 || fallPercent > 100) {
                throw new IllegalArgumentException("corridor.alerts.route-shift.fall-percent is a share from 1 to 100 "
                        + "(a fall of 100 % is a flow that stopped); not " + fallPercent);
            }
            if (risePercent < 1) {
                throw new IllegalArgumentException("corridor.alerts.route-shift.rise-percent is at least 1; not "
                        + risePercent);
            }
            if (minimumWeeklyCount < 1) {
                throw new IllegalArgumentException("corridor.alerts.route-shift.minimum-weekly-count is at least 1 "
                        + "person a week; not " + minimumWeeklyCount);
            }
        }
    }


    /**
     * Monitoring below plan: a planned location whose visits fell below its weekly target {@code weeks} weeks running
     * is raised once, at that week; one run of weeks, one alert.
     */
    record BelowPlan(@DefaultValue("3") int weeks) {

        BelowPlan {
            if (weeks < 1 || weeks > 26) {
                throw new IllegalArgumentException("corridor.alerts.below-plan.weeks is from 1 to 26 weeks running; not "
                        + weeks);
            }
        }
    }

    /**
     * Flows without monitoring: a location where at least {@code minimumWeeklyCount} people were counted in a week
     * (in one series: a direction and source) and the operation hosted in its country made no visit there that week.
     */
    record UnmonitoredFlows(@DefaultValue("50") long minimumWeeklyCount) {

        UnmonitoredFlows {
            if (minimumWeeklyCount < 1) {
                throw new IllegalArgumentException("corridor.alerts.unmonitored-flows.minimum-weekly-count is at least 1 "
                        + "person a week; not " + minimumWeeklyCount);
            }
        }
    }
}
