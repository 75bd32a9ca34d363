package org.corridor.directory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import java.util.stream.Collectors;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of field operations with their offices, and the admin's form. */
@Controller
@RequestMapping("/directory/operations")
class OperationController {

    private static final String FORM = "operationForm";

    private final FieldOperationRepository operations;
    private final OfficeRepository offices;
    private final CountryRepository countries;
    private final DirectoryMaintenance maintenance;
    private final DirectoryPolicy policy;

    OperationController(FieldOperationRepository operations, OfficeRepository offices, CountryRepository countries,
            DirectoryMaintenance maintenance, DirectoryPolicy policy) {
        this.operations = operations;
        this.offices = offices;
        this.countries = countries;
        this.maintenance = maintenance;
        this.policy = policy;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CorridorUser user, Model model) {
        policy.checkMayRead(user);
        model.addAttribute("operations", operations.summaries());
        model.addAttribute("countries", countries.all().stream()
                .collect(Collectors.toMap(Country::iso2, Country::name)));
        model.addAttribute("mayManage", policy.mayManage(user));
        return "directory/operations";
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, Model model) {
        policy.checkMayRead(user);
        FieldOperation operation = operations.find(id).orElseThrow(OperationController::notFound);
        var officeList = offices.ofOperation(id);
        model.addAttribute("operation", operation);
        model.addAttribute("hostCountry", countries.find(operation.hostCountryId()).orElseThrow());
        model.addAttribute("headOffice", officeList.stream().filter(Office::headOffice).findFirst().orElse(null));
        model.addAttribute("offices", officeList);
        model.addAttribute("mayManage", policy.mayManage(user));
        return "directory/operation";
    }

    @GetMapping("/new")
    String newOperation(@AuthenticationPrincipal CorridorUser user, Model model) {
        policy.checkMayManage(user);
        model.addAttribute(FORM, OperationForm.empty());
        return form(model, null);
    }

    @PostMapping("/new")
    String create(@AuthenticationPrincipal CorridorUser user, @Valid @ModelAttribute(FORM) OperationForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        policy.checkMayManage(user);
        if (result.hasErrors()) {
            return form(model, null);
        }
        try {
            FieldOperation saved = maintenance.create(user.actor(), form.toOperation(Ids.newId(), 0));
            redirect.addFlashAttribute("notice", "directory.saved");
            return "redirect:/directory/operations/" + saved.id();
        } catch (RejectedChange e) {
            result.rejectValue(e.field(), e.messageCode());
        } catch (DuplicateKeyException e) {
            result.rejectValue("code", "directory.operation.code.taken");
        }
        return form(model, null);
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, Model model) {
        policy.checkMayManage(user);
        FieldOperation operation = operations.find(id).orElseThrow(OperationController::notFound);
        model.addAttribute(FORM, OperationForm.of(operation));
        return form(model, operation);
    }

    @PostMapping("/{id}/edit")
    String update(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @Valid @ModelAttribute(FORM) OperationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        policy.checkMayManage(user);
        FieldOperation current = operations.find(id).orElseThrow(OperationController::notFound);
        if (result.hasErrors()) {
            return form(model, current);
        }
        if (form.version() == null) {
            return showCurrent(model, current);
        }
        try {
            maintenance.update(user.actor(), form.toOperation(id, form.version()));
            redirect.addFlashAttribute("notice", "directory.saved");
            return "redirect:/directory/operations/" + id;
        } catch (StaleRecord e) {
            return showCurrent(model, operations.find(id).orElseThrow(OperationController::notFound));
        } catch (RejectedChange e) {
            result.rejectValue(e.field(), e.messageCode());
        } catch (DuplicateKeyException e) {
            result.rejectValue("code", "directory.operation.code.taken");
        }
        return form(model, current);
    }

    /** Someone saved first: show their version, and say so, rather than overwrite it. */
    private String showCurrent(Model model, FieldOperation current) {
        OperationForm fresh = OperationForm.of(current);
        BindingResult conflict = new DirectFieldBindingResult(fresh, FORM);
        conflict.reject("directory.operation.stale");
        model.addAttribute(FORM, fresh);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, conflict);
        return form(model, current);
    }

    /** The form to add an operation ({@code current} null) or to edit {@code current}. */
    private String form(Model model, FieldOperation current) {
        model.addAttribute("operationId", current == null ? null : current.id());
        model.addAttribute("recordName", current == null ? null : current.name());
        model.addAttribute("countries", countries.all());
        return "directory/operation-form";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** The add and edit form; {@code version} is the one the editor started from. */
    record OperationForm(
            @NotNull(message = "{directory.operation.code.required}")
            @Size(max = 40, message = "{directory.operation.code.size}")
            @Pattern(regexp = "[a-z][a-z0-9-]*", message = "{directory.operation.code.pattern}") String code,
            @NotBlank(message = "{directory.operation.name.required}")
            @Size(max = 200, message = "{directory.name.size}") String name,
            @NotNull(message = "{directory.operation.hostCountry.required}") UUID hostCountryId,
            @NotBlank(message = "{directory.operation.headOfficeCity.required}")
            @Size(max = 100, message = "{directory.city.size}") String headOfficeCity,
            @Size(max = 300, message = "{directory.website.size}")
            @Pattern(regexp = "https?://\\S+", message = "{directory.website.pattern}") String website,
            Long version) {

        OperationForm {
            code = FormInput.lower(code);
            name = FormInput.clean(name);
            headOfficeCity = FormInput.clean(headOfficeCity);
            website = FormInput.clean(website);
        }

        static OperationForm empty() {
            return new OperationForm(null, null, null, null, null, null);
        }

        static OperationForm of(FieldOperation operation) {
            return new OperationForm(operation.code(), operation.name(), operation.hostCountryId(),
                    operation.headOfficeCity(), operation.website(), operation.version());
        }

        FieldOperation toOperation(UUID id, long baseVersion) {
            return new FieldOperation(id, code, name, hostCountryId, headOfficeCity, website, baseVersion);
        }
    }
}
