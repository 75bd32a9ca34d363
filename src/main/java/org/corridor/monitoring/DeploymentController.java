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
import org.corridor.monitoring.TemporaryDeployments;
import org.corridor.monitoring.TemporaryDeployments.Deployment;
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

/** The pages of temporary deployments: the list, and the form focal points and heads of operation keep it with. */
@Controller
class DeploymentController {

    private final TemporaryDeployments deployments;
    private final Directory directory;
    private final MessageSource messages;
    private final Sharing sharing;

    DeploymentController(TemporaryDeployments deployments, Directory directory, MessageSource messages,
            Sharing sharing) {
        this.deployments = deployments;
        this.directory = directory;
        this.messages = messages;
        this.sharing = sharing;
    }

    @GetMapping("/monitoring/deployments")
    String list(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) UUID operation,
            @RequestParam(defaultValue = "0") int page, Model model) {
        List<OperationSummary> deployable = deployableOperations(user);
        model.addAttribute("deployments", deployments.list(user, operation, Math.max(page, 0), VisitController.PAGE_SIZE));
        model.addAttribute("operation", operation);
        model.addAttribute("query", ReferenceData.query(operation));
        model.addAttribute("mayDeploy", !deployable.isEmpty());
        model.addAttribute("editable", ReferenceData.ids(deployable));
        ReferenceData.add(model, directory);
        return "monitoring/deployments";
    }

    @GetMapping("/monitoring/deployments/new")
    String newDeployment(@AuthenticationPrincipal CorridorUser user, Model model) {
        List<OperationSummary> operations = requireDeployableOperations(user);
        UUID operation = operations.get(0).id();
        return form(model, DeploymentForm.starting(operation, LocalDate.now(Region.ZONE),
                sharing.defaultLevel(operation, RecordKind.TEMPORARY_DEPLOYMENT)), operations, Map.of(), null);
    }

    @PostMapping("/monitoring/deployments/new")
    String create(@AuthenticationPrincipal CorridorUser user, @ModelAttribute("form") DeploymentForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        List<OperationSummary> operations = requireDeployableOperations(user);
        TemporaryDeployments.DeploymentDraft draft = form.toDraft();
        if (BoundForm.failed(binding)) {
            return form(model, form, operations, BoundForm.errors(messages, binding, draft.problems()), null);
        }
        try {
            deployments.record(user, draft);
        } catch (RecordRejected e) {
            return form(model, form, operations, BoundForm.errors(messages, binding, e.problems()), null);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/monitoring/deployments?operation=" + draft.operationId();
    }

    @GetMapping("/monitoring/deployments/{id}/edit")
    String edit(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, Model model) {
        Deployment deployment = editable(user, id);
        return form(model, DeploymentForm.of(deployment), List.of(), Map.of(), deployment);
    }

    @PostMapping("/monitoring/deployments/{id}/edit")
    String update(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @ModelAttribute("form") DeploymentForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Deployment deployment = editable(user, id);
        form.setOperationId(deployment.operationId()); // a deployment never changes operation
        TemporaryDeployments.DeploymentDraft draft = form.toDraft();
        if (BoundForm.failed(binding)) {
            return form(model, form, List.of(), BoundForm.errors(messages, binding, draft.problems()), deployment);
        }
        try {
            deployments.update(user, id, form.getVersion(), draft);
        } catch (RecordRejected e) {
            return form(model, form, List.of(), BoundForm.errors(messages, binding, e.problems()), deployment);
        } catch (StaleRecord e) {
            // Never overwrite: show the deployment as it is now and let the user make their change again.
            Deployment current = deployments.find(user, id).orElseThrow(() -> new RecordNotFound(id));
            model.addAttribute("stale", true);
            return form(model, DeploymentForm.of(current), List.of(), Map.of(), current);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/monitoring/deployments?operation=" + deployment.operationId();
    }

    /** A deployment the user may change; one they may not see is not found, one they may only read is forbidden. */
    private Deployment editable(CorridorUser user, UUID id) {
        Deployment deployment = deployments.find(user, id).orElseThrow(() -> new RecordNotFound(id));
        if (!deployments.mayDeploy(user, deployment.operationId())) {
            throw new AccessDeniedException("Only focal points and heads of operation change deployments");
        }
        return deployment;
    }

    private List<OperationSummary> deployableOperations(CorridorUser user) {
        return directory.operations(id -> deployments.mayDeploy(user, id));
    }

    private List<OperationSummary> requireDeployableOperations(CorridorUser user) {
        return Directory.atLeastOne(deployableOperations(user),
                "Only focal points and heads of operation record deployments");
    }

    private String form(Model model, DeploymentForm form, List<OperationSummary> operations, Map<String, String> errors,
            Deployment existing) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("existing", existing);
        model.addAttribute("choosableOperations", operations);
        model.addAttribute("premisesValues", TemporaryDeployments.Premises.values());
        ReferenceData.add(model, directory);
        model.addAttribute("places", directory.placeChoices(form.getOperationId()));
        return "monitoring/deployment-form";
    }
}
