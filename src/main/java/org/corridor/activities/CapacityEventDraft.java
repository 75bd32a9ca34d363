package org.corridor.activities;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.corridor.kernel.Problem;
import org.corridor.kernel.TextLimits;

/** A training or workshop of an activity as entered, with participants per target group. */
public record CapacityEventDraft(UUID activityId, LocalDate startsOn, LocalDate endsOn, UUID locationId, @Schema(maxLength = TextLimits.LINE) String place,
        @Schema(maxLength = TextLimits.LINE) String topic, List<Participants> participants) {

    /** Target and achieved numbers of one group; the split by sex is null where it is not known. */
    public record Participants(TargetGroup group, Integer target, Integer targetWomen, Integer targetMen,
            Integer achieved, Integer achievedWomen, Integer achievedMen) {

        public static Participants of(TargetGroup group, Integer target, Integer achieved) {
            return new Participants(group, target, null, null, achieved, null, null);
        }
    }

    public CapacityEventDraft {
        participants = participants == null ? List.of() : List.copyOf(participants);
        place = ActivityDraft.blankToNull(place);
        topic = ActivityDraft.blankToNull(topic);
    }

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (activityId == null) {
            problems.add(new Problem("activityId", "capacity.error.activity"));
        }
        if (topic == null) {
            problems.add(new Problem("topic", "capacity.error.topic"));
        } else {
            TextLimits.check(problems, "topic", topic, TextLimits.LINE);
        }
        TextLimits.check(problems, "place", place, TextLimits.LINE);
        if (startsOn == null) {
            problems.add(new Problem("startsOn", "capacity.error.startsOn"));
        } else if (endsOn != null && endsOn.isBefore(startsOn)) {
            problems.add(new Problem("endsOn", "capacity.error.endsBeforeStart"));
        }
        Set<TargetGroup> seen = EnumSet.noneOf(TargetGroup.class);
        for (int i = 0; i < participants.size(); i++) {
            Participants p = participants.get(i);
            String field = "participants[" + i + "]";
            if (p == null || p.group() == null) {
                problems.add(new Problem(field + ".group", "capacity.error.group"));
                continue;
            }
            if (!seen.add(p.group())) {
                problems.add(new Problem(field + ".group", "capacity.error.groupTwice"));
            }
            if (negative(p.target()) || negative(p.targetWomen()) || negative(p.targetMen())) {
                problems.add(new Problem(field + ".target", "capacity.error.negative"));
            } else if (p.target() != null && sum(p.targetWomen(), p.targetMen()) > p.target()) {
                problems.add(new Problem(field + ".target", "capacity.error.sexExceedsTotal"));
            }
            if (negative(p.achieved()) || negative(p.achievedWomen()) || negative(p.achievedMen())) {
                problems.add(new Problem(field + ".achieved", "capacity.error.negative"));
            } else if (p.achieved() != null && sum(p.achievedWomen(), p.achievedMen()) > p.achieved()) {
                problems.add(new Problem(field + ".achieved", "capacity.error.sexExceedsTotal"));
            }
            if (p.target() == null && p.achieved() == null) {
                problems.add(new Problem(field + ".achieved", "capacity.error.noNumbers"));
            }
        }
        return problems;
    }

    private static boolean negative(Integer n) {
        return n != null && n < 0;
    }

    private static int sum(Integer a, Integer b) {
        return (a == null ? 0 : a) + (b == null ? 0 : b);
    }
}
