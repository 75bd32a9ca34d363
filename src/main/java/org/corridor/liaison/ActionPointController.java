package org.corridor.liaison;

import org.corridor.kernel.FormValues;
import java.util.List;
import java.util.UUID;
import org.corridor.kernel.RecordNotFound;
import org.corridor.kernel.StaleRecord;
import org.corridor.accounts.CorridorUser;
import org.corridor.directory.Directory;
import org.corridor.liaison.ActionPointStatus;
import org.corridor.liaison.ActionPoints;
import org.corridor.liaison.ActionPoints.ActionPoint;
import org.corridor.liaison.ActionPoints.ActionPointDraft;
import org.corridor.liaison.Meetings;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My action points", an operation's open action points (overdue first), and marking one done or dropped. */
@Controller
class ActionPointController {

    private final ActionPoints actionPoints;
    private final Meetings meetings;
    private final Directory directory;

    ActionPointController(ActionPoints actionPoints, Meetings meetings, Directory directory) {
        this.actionPoints = actionPoints;
        this.meetings = meetings;
        this.directory = directory;
    }

    @GetMapping("/liaison/action-points/mine")
    String mine(@AuthenticationPrincipal CorridorUser user, Model model) {
        model.addAttribute("points", actionPoints.mine(user, meetings.today()));
        model.addAttribute("mine", true);
        Names.add(model, directory);
        return "liaison/action-points";
    }

    @GetMapping("/liaison/action-points")
    String ofOperation(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) String operation,
            Model model) {
        UUID operationId = FormValues.uuid(operation);
        if (operationId == null && !user.operationIds().isEmpty()) {
            operationId = user.operationIds().iterator().next();
        }
        if (operationId == null && !directory.operations().isEmpty()) {
            operationId = directory.operations().get(0).id(); // someone of no operation reads what is shared with them
        }
        List<ActionPoint> points = operationId == null ? List.of()
                : actionPoints.openOf(user, operationId, meetings.today());
        model.addAttribute("points", points);
        model.addAttribute("mine", false);
        model.addAttribute("operation", operationId);
        // Beyond their own operations a reader sees only what is shared with them: "none" would claim too much.
        model.addAttribute("member", operationId != null && user.isMemberOf(operationId));
        Names.add(model, directory);
        return "liaison/action-points";
    }

    @PostMapping("/liaison/action-points/{id}/status")
    String status(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, @RequestParam String status,
            @RequestParam(defaultValue = "0") long version, RedirectAttributes redirect) {
        ActionPoint point = actionPoints.find(user, id).orElseThrow(() -> new RecordNotFound(id));
        if (!actionPoints.mayEdit(user, point)) {
            throw new AccessDeniedException("Only the operation's recorders and the owner change an action point");
        }
        ActionPointStatus next = FormValues.value(ActionPointStatus.class, status);
        if (next != null) {
            try {
                actionPoints.update(user, id, version, new ActionPointDraft(point.meetingId(), point.operationId(),
                        point.text(), point.ownerOrganisationId(), point.ownerUserId(), point.dueDate(), next,
                        point.ownerOperationId()));
                redirect.addFlashAttribute("saved", true);
            } catch (StaleRecord e) {
                redirect.addFlashAttribute("stale", true);
            }
        }
        return "redirect:/liaison/meetings/" + point.meetingId();
    }
}
