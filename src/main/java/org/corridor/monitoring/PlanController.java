package org.corridor.monitoring;

import org.corridor.kernel.Region;
import org.corridor.kernel.BoundForm;
import org.corridor.kernel.RecordNotFound;
import org.corridor.kernel.RecordRejected;
import org.corridor.kernel.StaleRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.RecordKind;
import org.corridor.accounts.Sharing;
import org.corridor.directory.Directory;
import org.corridor.directory.OperationSummary;
import org.corridor.monitoring.MonitoringPlans;
import org.corridor.monitoring.MonitoringPlans.Plan;
import org.corridor.monitoring.Unit;
import org.corridor.monitoring.VisitDraft;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of monitoring plans: the list, and the form focal points and heads of operation set them with. */
@Controller
class PlanController {

    private final MonitoringPlans plans;
    private final Directory directory;
    private final MessageSource messages;
    private final Sharing sharing;

    PlanController(MonitoringPlans plans, Directory directory, MessageSource messages, Sharing sharing) {
        this.plans = plans;
        this.directory = directory;
        this.messages = messages;
        this.sharing = sharing;
    }

    @GetMapping("/monitoring/plans")
    String list(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) UUID operation,
            @RequestParam(defaultValue = "0") int page, Model model) {
        List<OperationSummary> plannable = plannableOperations(user);
        model.addAttribute("plans", plans.list(user, operation, Math.max(page, 0), VisitController.PAGE_SIZE));
        model.addAttribute("operation", operation);
        model.addAttribute("query", ReferenceData.query(operation));
        model.addAttribute("mayPlan", !plannable.isEmpty());
        model.addAttribute("editable", ReferenceData.ids(plannable));
        ReferenceData.add(model, directory);
        return "monitoring/plans";
    }

    @GetMapping("/monitoring/plans/new")
    String newPlan(@AuthenticationPrincipal CorridorUser user, Model model) {
        List<OperationSummary> operations = requirePlannableOperations(user);
        UUID operation = operations.get(0).id();
        PlanForm form = PlanForm.starting(operation, LocalDate.now(Region.ZONE),
                sharing.defaultLevel(operation, RecordKind.MONITORING_PLAN));
        return form(model, form, operations, Map.of(), null);
    }

    @PostMapping("/monitoring/plans/new")
    String create(@AuthenticationPrincipal CorridorUser user, @ModelAttribute("form") PlanForm form,
            BindingResult binding, Model model,
            RedirectAttributes redirect) {
        List<OperationSummary> operations = requirePlannableOperations(user);
        MonitoringPlans.PlanDraft draft = form.toDraft();
        if (BoundForm.failed(binding)) {
            return form(model, form, operations, BoundForm.errors(messages, binding, draft.problems()), null);
        }
        try {
            plans.create(user, draft);
        } catch (RecordRejected e) {
            return form(model, form, operations, BoundForm.errors(messages, binding, e.problems()), null);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/monitoring/plans?operation=" + draft.operationId();
    }

    @GetMapping("/monitoring/plans/{id}/edit")
    String edit(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, Model model) {
        Plan plan = editable(user, id);
        return form(model, PlanForm.of(plan), List.of(), Map.of(), plan);
    }

    @PostMapping("/monitoring/plans/{id}/edit")
    String update(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @ModelAttribute("form") PlanForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        Plan plan = editable(user, id);
        form.setOperationId(plan.operationId()); // a plan never changes operation
        MonitoringPlans.PlanDraft draft = form.toDraft();
        if (BoundForm.failed(binding)) {
            return form(model, form, List.of(), BoundForm.errors(messages, binding, draft.problems()), plan);
        }
        try {
            plans.update(user, id, form.getVersion(), draft);
        } catch (RecordRejected e) {
            return form(model, form, List.of(), BoundForm.errors(messages, binding, e.problems()), plan);
        } catch (StaleRecord e) {
            // Never overwrite: show the plan as it is now and let the user make their change again.
            Plan current = plans.find(user, id).orElseThrow(() -> new RecordNotFound(id));
            model.addAttribute("stale", true);
            return form(model, PlanForm.of(current), List.of(), Map.of(), current);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/monitoring/plans?operation=" + plan.operationId();
    }

    /** A plan the user may change; one they may not see is not found, one they may only read is forbidden. */
    private Plan editable(CorridorUser user, UUID id) {
        Plan plan = plans.find(user, id).orElseThrow(() -> new RecordNotFound(id));
        if (!plans.mayPlan(user, plan.operationId())) {
            throw new AccessDeniedException("Only focal points and heads of operation change monitoring plans");
        }
        return plan;
    }

    private List<OperationSummary> plannableOperations(CorridorUser user) {
        return directory.operations(id -> plans.mayPlan(user, id));
    }

    private List<OperationSummary> requirePlannableOperations(CorridorUser user) {
        return Directory.atLeastOne(plannableOperations(user),
                "Only focal points and heads of operation set monitoring plans");
    }

    private String form(Model model, PlanForm form, List<OperationSummary> operations, Map<String, String> errors,
            Plan existing) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("existing", existing);
        model.addAttribute("choosableOperations", operations);
        model.addAttribute("units", Unit.values());
        ReferenceData.add(model, directory);
        model.addAttribute("places", directory.placeChoices(form.getOperationId()));
        return "monitoring/plan-form";
    }
}
