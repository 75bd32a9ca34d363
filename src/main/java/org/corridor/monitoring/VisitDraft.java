package org.corridor.monitoring;

import org.corridor.kernel.Region;
import org.corridor.kernel.Problem;
import org.corridor.kernel.TextLimits;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.corridor.accounts.DistributionLevel;

/**
 * A monitoring visit as a user enters it, for a new visit or a change. {@link #problems(Instant)}
 * lists every broken rule at once, so a form can show them all.
 */
public record VisitDraft(UUID operationId, UUID locationId, Unit unit, String unitName, Set<UUID> teamMembers,
        Integer teamCount, Instant startsAt, Instant endsAt, String purpose, VisitStatus status,
        Observations observations, List<FollowUp> followUps, DistributionLevel distributionLevel) {

    /** A purpose is a line or two; the details belong in the narrative. */
    public static final int PURPOSE_LENGTH = 500;

    public VisitDraft {
        teamMembers = teamMembers == null ? Set.of() : Set.copyOf(teamMembers);
        observations = observations == null ? Observations.NONE : observations;
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
        status = status == null ? VisitStatus.PLANNED : status;
        unitName = unitName == null || unitName.isBlank() ? null : unitName.trim();
        purpose = purpose == null ? null : purpose.trim();
    }

    /** The same visit at this distribution level. */
    public VisitDraft at(DistributionLevel level) {
        return new VisitDraft(operationId, locationId, unit, unitName, teamMembers, teamCount, startsAt, endsAt, purpose,
                status, observations, followUps, level);
    }

    /** Whether the team stayed the night: the visit ends on a later day than it starts. */
    public boolean overnight() {
        return startsAt != null && endsAt != null
                && endsAt.atZone(Region.ZONE).toLocalDate().isAfter(startsAt.atZone(Region.ZONE).toLocalDate());
    }

    public List<Problem> problems(Instant now) {
        List<Problem> problems = new ArrayList<>();
        if (operationId == null) {
            problems.add(new Problem("operationId", "visit.error.operation"));
        }
        if (locationId == null) {
            problems.add(new Problem("locationId", "visit.error.location"));
        }
        if (unit == null) {
            problems.add(new Problem("unit", "visit.error.unit"));
        } else if (unit == Unit.OTHER && unitName == null) {
            problems.add(new Problem("unitName", "visit.error.unitName"));
        } else {
            TextLimits.check(problems, "unitName", unitName, TextLimits.LINE);
        }
        if (teamCount == null || teamCount < 1 || teamCount > 50) {
            problems.add(new Problem("teamCount", "visit.error.teamCount"));
        } else if (teamMembers.size() > teamCount) {
            problems.add(new Problem("teamCount", "visit.error.teamCountBelowMembers", teamMembers.size()));
        }
        if (startsAt == null) {
            problems.add(new Problem("startsAt", "visit.error.startsAt"));
        }
        if (endsAt == null) {
            problems.add(new Problem("endsAt", "visit.error.endsAt"));
        }
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            problems.add(new Problem("endsAt", "visit.error.endsBeforeStart"));
        }
        if (status == VisitStatus.COMPLETED && endsAt != null && endsAt.isAfter(now)) {
            problems.add(new Problem("status", "visit.error.completedInFuture"));
        }
        if (purpose == null || purpose.isEmpty()) {
            problems.add(new Problem("purpose", "visit.error.purpose"));
        } else if (purpose.length() > PURPOSE_LENGTH) {
            problems.add(new Problem("purpose", "visit.error.purposeLength"));
        }
        observationProblems(problems);
        if (followUps.size() > TextLimits.ITEMS) {
            problems.add(new Problem("followUps", TextLimits.TOO_MANY, TextLimits.ITEMS, followUps.size()));
        }
        for (int i = 0; i < followUps.size() && i < TextLimits.ITEMS; i++) {
            FollowUp followUp = followUps.get(i);
            if (followUp.action() == null || followUp.action().isBlank()) {
                problems.add(new Problem("followUps[" + i + "].action", "visit.error.followUpAction", i + 1));
            } else {
                TextLimits.check(problems, "followUps[" + i + "].action", followUp.action(), TextLimits.PARAGRAPH);
            }
            if (followUp.owner() == null || followUp.owner().isBlank()) {
                problems.add(new Problem("followUps[" + i + "].owner", "visit.error.followUpOwner", i + 1));
            } else {
                TextLimits.check(problems, "followUps[" + i + "].owner", followUp.owner(), TextLimits.LINE);
            }
        }
        return problems;
    }

    private void observationProblems(List<Problem> problems) {
        Observations o = observations;
        checkCount(problems, "observations.personsTotal", o.personsTotal());
        checkCount(problems, "observations.men", o.men());
        checkCount(problems, "observations.women", o.women());
        checkCount(problems, "observations.children", o.children());
        checkCount(problems, "observations.unaccompaniedMinors", o.unaccompaniedMinors());
        int parts = zero(o.men()) + zero(o.women()) + zero(o.children());
        if (o.personsTotal() == null && (o.men() != null || o.women() != null || o.children() != null
                || o.unaccompaniedMinors() != null)) {
            problems.add(new Problem("observations.personsTotal", "visit.error.totalNeeded"));
        } else if (o.personsTotal() != null && parts > o.personsTotal()) {
            problems.add(new Problem("observations.personsTotal", "visit.error.partsExceedTotal", parts, o.personsTotal()));
        }
        Integer childrenOrTotal = o.children() != null ? o.children() : o.personsTotal();
        if (o.unaccompaniedMinors() != null && childrenOrTotal != null && o.unaccompaniedMinors() > childrenOrTotal) {
            problems.add(new Problem("observations.unaccompaniedMinors", "visit.error.minorsExceedChildren",
                    o.unaccompaniedMinors(), childrenOrTotal));
        }
        if (o.humanitarianConditions() != null && (o.humanitarianConditions() < 1 || o.humanitarianConditions() > 5)) {
            problems.add(new Problem("observations.humanitarianConditions", "visit.error.conditions"));
        }
        TextLimits.check(problems, "observations.narrative", o.narrative(), TextLimits.NARRATIVE);
        if (o.concerns().size() > TextLimits.ITEMS) {
            problems.add(new Problem("observations.concerns", TextLimits.TOO_MANY, TextLimits.ITEMS, o.concerns().size()));
        }
        if (o.concerns().stream().anyMatch(c -> c.length() > 60)) {
            problems.add(new Problem("observations.concerns", "visit.error.concernLength"));
        }
    }

    private static void checkCount(List<Problem> problems, String field, Integer count) {
        if (count != null && (count < 0 || count > 1_000_000)) {
            problems.add(new Problem(field, "visit.error.count"));
        }
    }

    private static int zero(Integer value) {
        return value == null ? 0 : value;
    }
}
