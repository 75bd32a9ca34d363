package org.corridor.directory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of countries and territories, and the admin's form. */
@Controller
@RequestMapping("/directory/countries")
class CountryController {

    private static final String FORM = "countryForm";

    private final CountryRepository countries;
    private final FieldOperationRepository operations;
    private final LocationRepository locations;
    private final OrganisationRepository organisations;
    private final DirectoryMaintenance maintenance;
    private final DirectoryPolicy policy;

    CountryController(CountryRepository countries, FieldOperationRepository operations, LocationRepository locations,
            OrganisationRepository organisations, DirectoryMaintenance maintenance, DirectoryPolicy policy) {
        this.countries = countries;
        this.operations = operations;
        this.locations = locations;
        this.organisations = organisations;
        this.maintenance = maintenance;
        this.policy = policy;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CorridorUser user, Model model) {
        policy.checkMayRead(user);
        model.addAttribute("countries", countries.all());
        model.addAttribute("mayManage", policy.mayManage(user));
        return "directory/countries";
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, Model model) {
        policy.checkMayRead(user);
        Country country = countries.find(id).orElseThrow(CountryController::notFound);
        model.addAttribute("country", country);
        model.addAttribute("operations", operations.hostedIn(id));
        model.addAttribute("locationCount", locations.countIn(id));
        model.addAttribute("organisations", organisations.basedIn(id));
        model.addAttribute("mayManage", policy.mayManage(user));
        return "directory/country";
    }

    @GetMapping("/new")
    String newCountry(@AuthenticationPrincipal CorridorUser user, Model model) {
        policy.checkMayManage(user);
        model.addAttribute(FORM, CountryForm.empty());
        return form(model, null);
    }

    @PostMapping("/new")
    String create(@AuthenticationPrincipal CorridorUser user, @Valid @ModelAttribute(FORM) CountryForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        policy.checkMayManage(user);
        if (result.hasErrors()) {
            return form(model, null);
        }
        try {
            Country saved = maintenance.create(user.actor(), form.toCountry(Ids.newId(), 0));
            redirect.addFlashAttribute("notice", "directory.saved");
            return "redirect:/directory/countries/" + saved.id();
        } catch (RejectedChange e) {
            result.rejectValue(e.field(), e.messageCode());
        } catch (DuplicateKeyException e) {
            result.rejectValue("iso2", "directory.country.iso2.taken");
        }
        return form(model, null);
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, Model model) {
        policy.checkMayManage(user);
        Country country = countries.find(id).orElseThrow(CountryController::notFound);
        model.addAttribute(FORM, CountryForm.of(country));
        return form(model, country);
    }

    @PostMapping("/{id}/edit")
    String update(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @Valid @ModelAttribute(FORM) CountryForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        policy.checkMayManage(user);
        Country current = countries.find(id).orElseThrow(CountryController::notFound);
        if (result.hasErrors()) {
            return form(model, current);
        }
        if (form.version() == null) {
            return showCurrent(model, current);
        }
        try {
            maintenance.update(user.actor(), form.toCountry(id, form.version()));
            redirect.addFlashAttribute("notice", "directory.saved");
            return "redirect:/directory/countries/" + id;
        } catch (StaleRecord e) {
            return showCurrent(model, countries.find(id).orElseThrow(CountryController::notFound));
        } catch (RejectedChange e) {
            result.rejectValue(e.field(), e.messageCode());
        } catch (DuplicateKeyException e) {
            result.rejectValue("iso2", "directory.country.iso2.taken");
        }
        return form(model, current);
    }

    /** Someone saved first: show their version, and say so, rather than overwrite it. */
    private String showCurrent(Model model, Country current) {
        CountryForm fresh = CountryForm.of(current);
        BindingResult conflict = new DirectFieldBindingResult(fresh, FORM);
        conflict.reject("directory.country.stale");
        model.addAttribute(FORM, fresh);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, conflict);
        return form(model, current);
    }

    /** The form to add a country ({@code current} null) or to edit {@code current}. */
    private String form(Model model, Country current) {
        model.addAttribute("countryId", current == null ? null : current.id());
        model.addAttribute("recordName", current == null ? null : current.name());
        return "directory/country-form";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** The add and edit form; {@code version} is the one the editor started from. */
    record CountryForm(
            @NotNull(message = "{directory.country.iso2.required}")
            @Pattern(regexp = "[A-Z]{2}", message = "{directory.country.iso2.pattern}") String iso2,
            @NotNull(message = "{directory.country.iso3.required}")
            @Pattern(regexp = "[A-Z]{3}", message = "{directory.country.iso3.pattern}") String iso3,
            @NotBlank(message = "{directory.country.name.required}")
            @Size(max = 200, message = "{directory.name.size}") String name,
            Boolean onRoute,
            Long version) {

        CountryForm {
            iso2 = FormInput.upper(iso2);
            iso3 = FormInput.upper(iso3);
            name = FormInput.clean(name);
            onRoute = Boolean.TRUE.equals(onRoute);
        }

        static CountryForm empty() {
            return new CountryForm(null, null, null, false, null);
        }

        static CountryForm of(Country country) {
            return new CountryForm(country.iso2(), country.iso3(), country.name(), country.onRoute(),
                    country.version());
        }

        Country toCountry(UUID id, long baseVersion) {
            return new Country(id, iso2, iso3, name, onRoute, baseVersion);
        }
    }
}
