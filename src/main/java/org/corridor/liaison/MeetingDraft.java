package org.corridor.liaison;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.corridor.kernel.Problem;
import org.corridor.kernel.TextLimits;
import org.corridor.accounts.DistributionLevel;

/**
 * A meeting as entered: one day, with start and end in the region's local time. {@code operationIds}
 * are the other operations that took part (the recording operation always does).
 */
public record MeetingDraft(UUID operationId, MeetingKind kind, @Schema(maxLength = TextLimits.LINE) String title, LocalDate day, LocalTime startTime,
        LocalTime endTime, UUID locationId, @Schema(maxLength = TextLimits.LINE) String place, UUID chairOrganisationId, List<UUID> operationIds,
        List<UUID> organisationIds, List<UUID> attendeeIds, @Schema(maxLength = TextLimits.PARAGRAPH) String topics, @Schema(maxLength = TextLimits.NARRATIVE) String summary, @ArraySchema(maxItems = TextLimits.ITEMS, schema = @Schema(maxLength = TextLimits.PARAGRAPH)) List<String> decisions,
        DistributionLevel distributionLevel, Boolean confirmPersonalData) {

    static final int TITLE_LENGTH = TextLimits.LINE;

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        checkOperationKindAndTitle(problems, operationId, kind, title);
        if (day == null) {
            problems.add(new Problem("day", "meeting.error.day"));
        }
        if (startTime == null) {
            problems.add(new Problem("startTime", "meeting.error.startTime"));
        }
        if (endTime == null) {
            problems.add(new Problem("endTime", "meeting.error.endTime"));
        } else if (startTime != null && !endTime.isAfter(startTime)) {
            problems.add(new Problem("endTime", "meeting.error.endsBeforeStart"));
        }
        TextLimits.check(problems, "place", place, TextLimits.LINE);
        TextLimits.check(problems, "topics", topics, TextLimits.PARAGRAPH);
        TextLimits.check(problems, "summary", summary, TextLimits.NARRATIVE);
        if (decisions != null && decisions.size() > TextLimits.ITEMS) {
            problems.add(new Problem("decisions", TextLimits.TOO_MANY, TextLimits.ITEMS, decisions.size()));
        } else if (decisions != null) {
            for (int i = 0; i < decisions.size(); i++) {
                TextLimits.check(problems, "decisions[" + i + "]", decisions.get(i), TextLimits.PARAGRAPH);
            }
        }
        return problems;
    }

    /** What a meeting and a series both name: the operation, the kind, and a title no longer than a line. */
    static void checkOperationKindAndTitle(List<Problem> problems, UUID operationId, MeetingKind kind, String title) {
        if (operationId == null) {
            problems.add(new Problem("operationId", "meeting.error.operation"));
        }
        if (kind == null) {
            problems.add(new Problem("kind", "meeting.error.kind"));
        }
        if (title == null || title.isBlank()) {
            problems.add(new Problem("title", "meeting.error.title"));
        } else if (title.trim().length() > TITLE_LENGTH) {
            problems.add(new Problem("title", "meeting.error.titleLength", TITLE_LENGTH));
        }
    }

    List<UUID> otherOperations() {
        return distinct(operationIds).stream().filter(o -> !o.equals(operationId)).toList();
    }

    List<UUID> organisations() {
        return distinct(organisationIds);
    }

    List<UUID> attendees() {
        return distinct(attendeeIds);
    }

    List<String> keptDecisions() {
        return decisions == null ? List.of()
                : decisions.stream().filter(d -> d != null && !d.isBlank()).map(String::trim).toList();
    }

    /** The user saw the personal-data warning and keeps the text anyway. */
    boolean personalDataConfirmed() {
        return Boolean.TRUE.equals(confirmPersonalData);
    }

    DistributionLevel level() {
        return distributionLevel == null ? DistributionLevel.OPERATION : distributionLevel;
    }

    /** The same draft at the given level where none was chosen (a new meeting takes its operation's default). */
    MeetingDraft orLevel(DistributionLevel fallback) {
        return distributionLevel != null ? this : new MeetingDraft(operationId, kind, title, day, startTime, endTime,
                locationId, place, chairOrganisationId, operationIds, organisationIds, attendeeIds, topics, summary,
                decisions, fallback, confirmPersonalData);
    }

    private static List<UUID> distinct(List<UUID> ids) {
        return ids == null ? List.of() : ids.stream().filter(Objects::nonNull).distinct().toList();
    }
}
