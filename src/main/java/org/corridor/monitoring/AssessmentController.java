package org.corridor.monitoring;

import org.corridor.kernel.Region;
import org.corridor.kernel.BoundForm;
import org.corridor.kernel.RecordNotFound;
import org.corridor.kernel.RecordRejected;
import org.corridor.kernel.StaleRecord;
import org.corridor.kernel.PersonalDataSuspected;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.corridor.kernel.PersonalDataCheck;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.RecordKind;
import org.corridor.accounts.Sharing;
import org.corridor.accounts.DistributionLevel;
import org.corridor.directory.Directory;
import org.corridor.directory.OperationSummary;
import org.corridor.monitoring.PreparednessAssessments;
import org.corridor.monitoring.PreparednessAssessments.Assessment;
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

/** The pages of preparedness assessments: list, detail and the form, with the personal-data warning. */
@Controller
class AssessmentController {

    private final PreparednessAssessments assessments;
    private final Directory directory;
    private final MessageSource messages;
    private final Sharing sharing;

    AssessmentController(PreparednessAssessments assessments, Directory directory, MessageSource messages,
            Sharing sharing) {
        this.assessments = assessments;
        this.directory = directory;
        this.messages = messages;
        this.sharing = sharing;
    }

    @GetMapping("/monitoring/assessments")
    String list(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) UUID operation,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("assessments", assessments.list(user, operation, Math.max(page, 0), VisitController.PAGE_SIZE));
        model.addAttribute("operation", operation);
        model.addAttribute("query", ReferenceData.query(operation));
        model.addAttribute("mayRecord", !recordableOperations(user).isEmpty());
        ReferenceData.add(model, directory);
        return "monitoring/assessments";
    }

    @GetMapping("/monitoring/assessments/{id}")
    String detail(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, Model model) {
        Assessment assessment = assessments.find(user, id).orElseThrow(() -> new RecordNotFound(id));
        model.addAttribute("assessment", assessment);
        model.addAttribute("mayEdit", assessments.mayEdit(user, assessment));
        ReferenceData.add(model, directory);
        return "monitoring/assessment";
    }

    @GetMapping("/monitoring/assessments/new")
    String newAssessment(@AuthenticationPrincipal CorridorUser user, Model model) {
        List<OperationSummary> operations = requireRecordableOperations(user);
        UUID operation = operations.get(0).id();
        AssessmentForm form = AssessmentForm.starting(operation, LocalDate.now(Region.ZONE),
                sharing.defaultLevel(operation, RecordKind.PREPAREDNESS_ASSESSMENT));
        return form(model, form, operations, Map.of(), List.of(), null);
    }

    @PostMapping("/monitoring/assessments/new")
    String create(@AuthenticationPrincipal CorridorUser user, @ModelAttribute("form") AssessmentForm form,
            BindingResult binding, Model model,
            RedirectAttributes redirect) {
        List<OperationSummary> operations = requireRecordableOperations(user);
        PreparednessAssessments.AssessmentDraft draft = form.toDraft();
        if (BoundForm.failed(binding)) {
            return form(model, form, operations, BoundForm.errors(messages, binding, draft.problems(today())),
                    List.of(), null);
        }
        Assessment saved;
        try {
            saved = assessments.record(user, draft, form.isConfirmPersonalData());
        } catch (RecordRejected e) {
            return form(model, form, operations, BoundForm.errors(messages, binding, e.problems()), List.of(), null);
        } catch (PersonalDataSuspected e) {
            return form(model, form, operations, Map.of(), e.findings(), null);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/monitoring/assessments/" + saved.id();
    }

    @GetMapping("/monitoring/assessments/{id}/edit")
    String edit(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, Model model) {
        Assessment assessment = editable(user, id);
        return form(model, AssessmentForm.of(assessment), List.of(), Map.of(), List.of(), assessment);
    }

    @PostMapping("/monitoring/assessments/{id}/edit")
    String update(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @ModelAttribute("form") AssessmentForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        Assessment assessment = editable(user, id);
        form.setOperationId(assessment.operationId()); // an assessment never changes operation
        PreparednessAssessments.AssessmentDraft draft = form.toDraft();
        if (BoundForm.failed(binding)) {
            return form(model, form, List.of(), BoundForm.errors(messages, binding, draft.problems(today())),
                    List.of(), assessment);
        }
        try {
            assessments.update(user, id, form.getVersion(), draft, form.isConfirmPersonalData());
        } catch (RecordRejected e) {
            return form(model, form, List.of(), BoundForm.errors(messages, binding, e.problems()), List.of(), assessment);
        } catch (PersonalDataSuspected e) {
            return form(model, form, List.of(), Map.of(), e.findings(), assessment);
        } catch (StaleRecord e) {
            // Never overwrite: show the assessment as it is now and let the user make their change again.
            Assessment current = assessments.find(user, id).orElseThrow(() -> new RecordNotFound(id));
            model.addAttribute("stale", true);
            return form(model, AssessmentForm.of(current), List.of(), Map.of(), List.of(), current);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/monitoring/assessments/" + id;
    }

    /** An assessment the user may change; one they may not see is not found, one they may only read is forbidden. */
    private Assessment editable(CorridorUser user, UUID id) {
        Assessment assessment = assessments.find(user, id).orElseThrow(() -> new RecordNotFound(id));
        if (!assessments.mayEdit(user, assessment)) {
            throw new AccessDeniedException("Only the author or a focal point of the operation changes an assessment");
        }
        return assessment;
    }

    private static LocalDate today() {
        return LocalDate.now(Region.ZONE);
    }

    private List<OperationSummary> recordableOperations(CorridorUser user) {
        return directory.operations(id -> user.mayRecord(id));
    }

    private List<OperationSummary> requireRecordableOperations(CorridorUser user) {
        return Directory.atLeastOne(recordableOperations(user), "Only officers and focal points record assessments");
    }

    private String form(Model model, AssessmentForm form, List<OperationSummary> operations, Map<String, String> errors,
            List<PersonalDataCheck.Finding> findings, Assessment existing) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("findings", findings);
        model.addAttribute("existing", existing);
        model.addAttribute("choosableOperations", operations);
        model.addAttribute("ratings", PreparednessAssessments.Rating.values());
        model.addAttribute("contingencyPlans", PreparednessAssessments.ContingencyPlan.values());
        model.addAttribute("sources", PreparednessAssessments.Source.values());
        model.addAttribute("levels", DistributionLevel.values());
        ReferenceData.add(model, directory);
        model.addAttribute("places", directory.placeChoices(form.getOperationId()));
        return "monitoring/assessment-form";
    }
}
