package org.corridor.alerts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corridor.alerts.NewAlert.Source;
import org.corridor.kernel.Actor;
import org.corridor.kernel.TextLimits;
import org.corridor.liaison.ActionPoints;
import org.corridor.liaison.ActionPoints.OpenActionPoint;
import org.springframework.stereotype.Component;

/**
 * Action points due soon and overdue: an open action point within {@code due-soon-days} of its day is due soon, and
 * once its day has passed, overdue; each is raised once. The alert goes to the operation that owns it (another
 * operation of the meeting, or the one that recorded it) and is read as the meeting is: by the members of the owning
 * operation (which took part in it) and by those whose reach includes the meeting's level.
 */
@Component
class ActionPointRule {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final ActionPoints actionPoints;
    private final Alerts alerts;
    private final AlertSettings.ActionPoints settings;

    ActionPointRule(ActionPoints actionPoints, Alerts alerts, AlertSettings settings) {
        this.actionPoints = actionPoints;
        this.alerts = alerts;
        this.settings = settings.actionPoints();
    }

    /** Raises the alerts of the open action points as they stand on {@code today}; how many were new. */
    int raise(Actor actor, LocalDate today) {
        int raised = 0;
        List<OpenActionPoint> open = actionPoints.openDueOnOrBeforeAcrossTheRegion(
                today.plusDays(settings.dueSoonDays()));
        for (OpenActionPoint point : open) {
            boolean overdue = point.dueDate().isBefore(today);
            java.util.UUID owner = point.ownerOperationId() == null ? point.operationId() : point.ownerOperationId();
            String text = point.text().length() > TextLimits.LINE
                    ? point.text().substring(0, TextLimits.LINE - 1) + "…" : point.text();
            String summary = "Action point of the meeting “%s”, due on %s, is %s: %s".formatted(point.meetingTitle(),
                    DAY.format(point.dueDate()), overdue ? "overdue" : "due soon", text);
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("meeting", point.meetingTitle());
            evidence.put("dueDate", point.dueDate().toString());
            evidence.put("daysOverdue", overdue ? java.time.temporal.ChronoUnit.DAYS.between(point.dueDate(), today) : 0);
            if (point.ownerUserId() != null) {
                evidence.put("ownerUserId", point.ownerUserId().toString());
            }
            raised += alerts.raise(actor, new NewAlert(overdue ? AlertKind.ACTION_POINT_OVERDUE
                    : AlertKind.ACTION_POINT_DUE, owner, null, null,
                    "action-point:" + point.id() + (overdue ? ":overdue" : ":due"), point.dueDate(), point.dueDate(),
                    evidence, summary, List.of(new Source(owner, point.meetingLevel())), "action_point", point.id()))
                    .isPresent() ? 1 : 0;
        }
        return raised;
    }
}
