package org.corridor.directory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.corridor.kernel.StaleRecord;
import org.corridor.kernel.Ids;
import org.corridor.accounts.CorridorUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's form for a field operation's offices; offices are listed on the operation's page. */
@Controller
class OfficeController {

    private static final String FORM = "officeForm";

    private final OfficeRepository offices;
    private final FieldOperationRepository operations;
    private final DirectoryMaintenance maintenance;
    private final DirectoryPolicy policy;

    OfficeController(OfficeRepository offices, FieldOperationRepository operations, DirectoryMaintenance maintenance,
            DirectoryPolicy policy) {
        this.offices = offices;
        this.operations = operations;
        this.maintenance = maintenance;
        this.policy = policy;
    }

    @GetMapping("/directory/operations/{operationId}/offices/new")
    String newOffice(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID operationId, Model model) {
        policy.checkMayManage(user);
        FieldOperation operation = operations.find(operationId).orElseThrow(OfficeController::notFound);
        model.addAttribute(FORM, OfficeForm.empty());
        return form(model, operation, null);
    }

    @PostMapping("/directory/operations/{operationId}/offices/new")
    String create(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID operationId,
            @Valid @ModelAttribute(FORM) OfficeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        policy.checkMayManage(user);
        FieldOperation operation = operations.find(operationId).orElseThrow(OfficeController::notFound);
        OfficeForm.checkCoordinates(form, result);
        if (result.hasErrors()) {
            return form(model, operation, null);
        }
        try {
            maintenance.create(user.actor(), form.toOffice(Ids.newId(), operationId, 0));
            redirect.addFlashAttribute("notice", "directory.saved");
            return "redirect:/directory/operations/" + operationId;
        } catch (RejectedChange e) {
            result.rejectValue(e.field(), e.messageCode());
        } catch (DuplicateKeyException e) {
            result.rejectValue("name", "directory.office.name.taken");
        }
        return form(model, operation, null);
    }

    @GetMapping("/directory/offices/{id}/edit")
    String edit(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, Model model) {
        policy.checkMayManage(user);
        Office office = offices.find(id).orElseThrow(OfficeController::notFound);
        model.addAttribute(FORM, OfficeForm.of(office));
        return form(model, operations.find(office.operationId()).orElseThrow(), office);
    }

    @PostMapping("/directory/offices/{id}/edit")
    String update(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @Valid @ModelAttribute(FORM) OfficeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        policy.checkMayManage(user);
        Office current = offices.find(id).orElseThrow(OfficeController::notFound);
        FieldOperation operation = operations.find(current.operationId()).orElseThrow();
        OfficeForm.checkCoordinates(form, result);
        if (result.hasErrors()) {
            return form(model, operation, current);
        }
        if (form.version() == null) {
            return showCurrent(model, operation, current);
        }
        try {
            maintenance.update(user.actor(), form.toOffice(id, current.operationId(), form.version()));
            redirect.addFlashAttribute("notice", "directory.saved");
            return "redirect:/directory/operations/" + current.operationId();
        } catch (StaleRecord e) {
            return showCurrent(model, operation, offices.find(id).orElseThrow(OfficeController::notFound));
        } catch (RejectedChange e) {
            result.rejectValue(e.field(), e.messageCode());
        } catch (DuplicateKeyException e) {
            result.rejectValue("name", "directory.office.name.taken");
        }
        return form(model, operation, current);
    }

    /** Someone saved first: show their version, and say so, rather than overwrite it. */
    private String showCurrent(Model model, FieldOperation operation, Office current) {
        OfficeForm fresh = OfficeForm.of(current);
        BindingResult conflict = new DirectFieldBindingResult(fresh, FORM);
        conflict.reject("directory.office.stale");
        model.addAttribute(FORM, fresh);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, conflict);
        return form(model, operation, current);
    }

    /** The form to add an office to {@code operation} ({@code current} null) or to edit {@code current}. */
    private String form(Model model, FieldOperation operation, Office current) {
        model.addAttribute("operation", operation);
        model.addAttribute("officeId", current == null ? null : current.id());
        model.addAttribute("recordName", current == null ? null : current.name());
        return "directory/office-form";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** The add and edit form; coordinates are optional but come in pairs. */
    record OfficeForm(
            @NotBlank(message = "{directory.office.name.required}")
            @Size(max = 200, message = "{directory.name.size}") String name,
            @NotBlank(message = "{directory.office.city.required}")
            @Size(max = 100, message = "{directory.city.size}") String city,
            Boolean headOffice,
            @DecimalMin(value = "-90", message = "{directory.latitude.range}")
            @DecimalMax(value = "90", message = "{directory.latitude.range}") Double latitude,
            @DecimalMin(value = "-180", message = "{directory.longitude.range}")
            @DecimalMax(value = "180", message = "{directory.longitude.range}") Double longitude,
            Long version) {

        OfficeForm {
            name = FormInput.clean(name);
            city = FormInput.clean(city);
            headOffice = Boolean.TRUE.equals(headOffice);
        }

        static OfficeForm empty() {
            return new OfficeForm(null, null, false, null, null, null);
        }

        static OfficeForm of(Office office) {
            return new OfficeForm(office.name(), office.city(), office.headOffice(), office.latitude(),
                    office.longitude(), office.version());
        }

        /** One coordinate without the other: reported beside the one that is missing. */
        static void checkCoordinates(OfficeForm form, BindingResult result) {
            if (form == null || result.hasFieldErrors("latitude") || result.hasFieldErrors("longitude")) {
                return;
            }
            if ((form.latitude() == null) != (form.longitude() == null)) {
                result.rejectValue(form.latitude() == null ? "latitude" : "longitude",
                        "directory.office.coordinates.both");
            }
        }

        Office toOffice(UUID id, UUID operationId, long baseVersion) {
            return new Office(id, operationId, name, city, headOffice, latitude, longitude, baseVersion);
        }
    }
}
