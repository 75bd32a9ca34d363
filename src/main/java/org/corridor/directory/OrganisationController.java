package org.corridor.directory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.UUID;
import org.corridor.kernel.StaleRecord;
import org.corridor.kernel.Ids;
import org.corridor.accounts.CorridorUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.util.UriComponentsBuilder;

/** The pages of partner organisations: search, detail, and the admin's form. */
@Controller
@RequestMapping("/directory/organisations")
class OrganisationController {

    static final int PAGE_SIZE = 50;
    private static final String FORM = "organisationForm";

    private final OrganisationRepository organisations;
    private final CountryRepository countries;
    private final DirectoryMaintenance maintenance;
    private final DirectoryPolicy policy;

    OrganisationController(OrganisationRepository organisations, CountryRepository countries,
            DirectoryMaintenance maintenance, DirectoryPolicy policy) {
        this.organisations = organisations;
        this.countries = countries;
        this.maintenance = maintenance;
        this.policy = policy;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CorridorUser user,
            @ModelAttribute("organisationSearch") OrganisationSearch search, BindingResult result, Model model) {
        policy.checkMayRead(user);
        OrganisationKind kind = search.organisationKind();
        if (search.kind() != null && !search.kind().isBlank() && kind == null) {
            result.rejectValue("kind", "directory.search.kind.unknown");
        }
        var filter = new OrganisationRepository.OrganisationFilter(search.q(), kind);
        model.addAttribute("page", organisations.search(filter, PageRequest.of(search.pageIndex(), PAGE_SIZE)));
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("pagerUrl", UriComponentsBuilder.fromPath("/directory/organisations")
                .queryParamIfPresent("q", Optional.ofNullable(FormInput.clean(search.q())))
                .queryParamIfPresent("kind", Optional.ofNullable(kind))
                .encode().build().toUriString());
        model.addAttribute("mayManage", policy.mayManage(user));
        return "directory/organisations";
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, Model model) {
        policy.checkMayRead(user);
        PartnerOrganisation organisation = organisations.find(id).orElseThrow(OrganisationController::notFound);
        model.addAttribute("organisation", organisations.summary(id).orElseThrow(OrganisationController::notFound));
        model.addAttribute("countryId", organisation.countryId());
        model.addAttribute("mayManage", policy.mayManage(user));
        return "directory/organisation";
    }

    @GetMapping("/new")
    String newOrganisation(@AuthenticationPrincipal CorridorUser user, Model model) {
        policy.checkMayManage(user);
        model.addAttribute(FORM, OrganisationForm.empty());
        return form(model, null);
    }

    @PostMapping("/new")
    String create(@AuthenticationPrincipal CorridorUser user, @Valid @ModelAttribute(FORM) OrganisationForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        policy.checkMayManage(user);
        if (result.hasErrors()) {
            return form(model, null);
        }
        try {
            PartnerOrganisation saved = maintenance.create(user.actor(), form.toOrganisation(Ids.newId(), 0));
            redirect.addFlashAttribute("notice", "directory.saved");
            return "redirect:/directory/organisations/" + saved.id();
        } catch (RejectedChange e) {
            result.rejectValue(e.field(), e.messageCode());
        } catch (DuplicateKeyException e) {
            result.rejectValue("name", "directory.organisation.name.taken");
        }
        return form(model, null);
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, Model model) {
        policy.checkMayManage(user);
        PartnerOrganisation organisation = organisations.find(id).orElseThrow(OrganisationController::notFound);
        model.addAttribute(FORM, OrganisationForm.of(organisation));
        return form(model, organisation);
    }

    @PostMapping("/{id}/edit")
    String update(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @Valid @ModelAttribute(FORM) OrganisationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        policy.checkMayManage(user);
        PartnerOrganisation current = organisations.find(id).orElseThrow(OrganisationController::notFound);
        if (result.hasErrors()) {
            return form(model, current);
        }
        if (form.version() == null) {
            return showCurrent(model, current);
        }
        try {
            maintenance.update(user.actor(), form.toOrganisation(id, form.version()));
            redirect.addFlashAttribute("notice", "directory.saved");
            return "redirect:/directory/organisations/" + id;
        } catch (StaleRecord e) {
            return showCurrent(model, organisations.find(id).orElseThrow(OrganisationController::notFound));
        } catch (RejectedChange e) {
            result.rejectValue(e.field(), e.messageCode());
        } catch (DuplicateKeyException e) {
            result.rejectValue("name", "directory.organisation.name.taken");
        }
        return form(model, current);
    }

    /** Someone saved first: show their version, and say so, rather than overwrite it. */
    private String showCurrent(Model model, PartnerOrganisation current) {
        OrganisationForm fresh = OrganisationForm.of(current);
        BindingResult conflict = new DirectFieldBindingResult(fresh, FORM);
        conflict.reject("directory.organisation.stale");
        model.addAttribute(FORM, fresh);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, conflict);
        return form(model, current);
    }

    /** The form to add an organisation ({@code current} null) or to edit {@code current}. */
    private String form(Model model, PartnerOrganisation current) {
        model.addAttribute("organisationId", current == null ? null : current.id());
        model.addAttribute("recordName", current == null ? null : current.name());
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("countries", countries.all());
        return "directory/organisation-form";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** The search form of the list; {@code page} counts from 0. */
    record OrganisationSearch(String q, String kind, String page) {

        /** Null for none, or for a kind that does not exist (which the page then points out). */
        public OrganisationKind organisationKind() {
            return ListFilters.parse(OrganisationKind.class, kind);
        }

        public int pageIndex() {
            return ListFilters.pageIndex(page);
        }
    }

    /** The add and edit form; {@code version} is the one the editor started from. */
    record OrganisationForm(
            @NotBlank(message = "{directory.organisation.name.required}")
            @Size(max = 200, message = "{directory.name.size}") String name,
            @Size(max = 30, message = "{directory.organisation.acronym.size}") String acronym,
            @NotNull(message = "{directory.organisation.kind.required}") OrganisationKind kind,
            UUID countryId,
            @Size(max = 300, message = "{directory.website.size}")
            @Pattern(regexp = "https?://\\S+", message = "{directory.website.pattern}") String website,
            Long version) {

        OrganisationForm {
            name = FormInput.clean(name);
            acronym = FormInput.clean(acronym);
            website = FormInput.clean(website);
        }

        static OrganisationForm empty() {
            return new OrganisationForm(null, null, null, null, null, null);
        }

        static OrganisationForm of(PartnerOrganisation organisation) {
            return new OrganisationForm(organisation.name(), organisation.acronym(), organisation.kind(),
                    organisation.countryId(), organisation.website(), organisation.version());
        }

        PartnerOrganisation toOrganisation(UUID id, long baseVersion) {
            return new PartnerOrganisation(id, name, acronym, kind, countryId, website, baseVersion);
        }
    }
}
