package org.corridor.regional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The documented rule that classes an operation FRONTLINE or ROUTINE (issue 15; the article's "front line" against
 * "business as usual"). An operation is FRONTLINE when at least {@code criteriaNeeded} of three signs of new,
 * migration-specific work hold in the period:
 * <ol>
 * <li>monitoring well above its own baseline: visits per week in the period at least {@code visitsRatio} times its
 * visits per week in the year before the period; with no visit in that year, at least {@code visitsWithoutBaseline}
 * visits in the period;</li>
 * <li>at least {@code migrationReports} migration reports (spot, background, activity update, thematic) covering some
 * of the period;</li>
 * <li>at least {@code newActivities} activities started in the period.</li>
 * </ol>
 * Thresholds are met when reached exactly. The page renders this text from the same values.
 */
@ConfigurationProperties("corridor.regional.engagement")
record RegionalEngagementRule(double visitsRatio, long visitsWithoutBaseline, long migrationReports,
        long newActivities, int criteriaNeeded, int missedWeeksListed) {

    RegionalEngagementRule {
        if (visitsRatio <= 0 || visitsWithoutBaseline < 1 || migrationReports < 1 || newActivities < 1
                || criteriaNeeded < 1 || criteriaNeeded > 3 || missedWeeksListed < 1) {
            throw new IllegalArgumentException("corridor.regional.engagement.*: thresholds are positive and"
                    + " criteria-needed is 1 to 3");
        }
    }

    /** The defaults of application.properties, for tests that build the service by hand. */
    static RegionalEngagementRule defaults() {
        return new RegionalEngagementRule(2.0, 10, 1, 3, 2, 2);
    }
}
