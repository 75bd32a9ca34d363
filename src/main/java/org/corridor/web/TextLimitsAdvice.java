package org.corridor.web;

import java.util.Map;
import org.corridor.kernel.TextLimits;
import org.corridor.activities.ActivityDraft;
import org.corridor.liaison.ActionPoints;
import org.corridor.monitoring.VisitDraft;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The length limit of each free-text field of the forms, keyed {@code <form prefix>.<field>}, so that the form
 * fragments state it as a hint and set {@code maxlength}. The drafts' rules enforce the same limits.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class TextLimitsAdvice {

    static final Map<String, Integer> LIMITS = Map.ofEntries(
            Map.entry("visit.unitName", TextLimits.LINE),
            Map.entry("visit.purpose", VisitDraft.PURPOSE_LENGTH),
            Map.entry("visit.narrative", TextLimits.NARRATIVE),
            Map.entry("visit.action", TextLimits.PARAGRAPH),
            Map.entry("visit.owner", TextLimits.LINE),
            Map.entry("assessment.authority", TextLimits.LINE),
            Map.entry("assessment.area", TextLimits.LINE),
            Map.entry("assessment.narrative", TextLimits.NARRATIVE),
            Map.entry("plan.note", TextLimits.PARAGRAPH),
            Map.entry("deployment.purpose", TextLimits.PARAGRAPH),
            Map.entry("event.title", TextLimits.LINE),
            Map.entry("event.description", TextLimits.PARAGRAPH),
            Map.entry("event.sourceReference", TextLimits.LINE),
            Map.entry("meeting.title", TextLimits.LINE),
            Map.entry("meeting.place", TextLimits.LINE),
            Map.entry("meeting.topics", TextLimits.PARAGRAPH),
            Map.entry("meeting.summary", TextLimits.NARRATIVE),
            Map.entry("actionPoint.text", ActionPoints.TEXT_LENGTH),
            Map.entry("activity.title", ActivityDraft.TITLE_LENGTH),
            Map.entry("activity.description", TextLimits.PARAGRAPH),
            Map.entry("activity.donor", TextLimits.LINE),
            Map.entry("activity.projectCode", TextLimits.LINE),
            Map.entry("capacity.topic", TextLimits.LINE),
            Map.entry("capacity.place", TextLimits.LINE),
            Map.entry("user.displayName", TextLimits.LINE),
            Map.entry("report.title", TextLimits.LINE));

    @ModelAttribute("textLimits")
    Map<String, Integer> textLimits() {
        return LIMITS;
    }
}
