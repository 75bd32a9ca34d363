package org.corridor.directory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
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

/** The pages of border crossings, transit centres, camps and towns: search, detail, and the admin's form. */
@Controller
@RequestMapping("/directory/locations")
class LocationController {

    static final int PAGE_SIZE = 50;
    private static final String FORM = "locationForm";

    private final LocationRepository locations;
    private final CountryRepository countries;
    private final FieldOperationRepository operations;
    private final DirectoryMaintenance maintenance;
    private final DirectoryPolicy policy;

    LocationController(LocationRepository locations, CountryRepository countries, FieldOperationRepository operations,
            DirectoryMaintenance maintenance, DirectoryPolicy policy) {
        this.locations = locations;
        this.countries = countries;
        this.operations = operations;
        this.maintenance = maintenance;
        this.policy = policy;
    }

    /** A filter that did not bind (an unknown kind, say) is shown as an error and not applied. */
    @GetMapping
    String list(@AuthenticationPrincipal CorridorUser user, @ModelAttribute("locationSearch") LocationSearch search,
            BindingResult result, Model model) {
        policy.checkMayRead(user);
        String country = search.countryIso2();
        if (country != null && countries.findByIso2(country).isEmpty()) {
            result.rejectValue("country", "directory.search.country.unknown");
            country = null;
        }
        LocationKind kind = search.locationKind();
        if (search.kind() != null && !search.kind().isBlank() && kind == null) {
            result.rejectValue("kind", "directory.search.kind.unknown");
        }
        var filter = new LocationRepository.LocationFilter(search.q(), kind, country);
        model.addAttribute("page", locations.search(filter, PageRequest.of(search.pageIndex(), PAGE_SIZE)));
        model.addAttribute("kinds", LocationKind.values());
        model.addAttribute("countries", countries.all());
        model.addAttribute("pagerUrl", UriComponentsBuilder.fromPath("/directory/locations")
                .queryParamIfPresent("q", Optional.ofNullable(FormInput.clean(search.q())))
                .queryParamIfPresent("kind", Optional.ofNullable(kind))
                .queryParamIfPresent("country", Optional.ofNullable(country))
                .encode().build().toUriString());
        model.addAttribute("mayManage", policy.mayManage(user));
        return "directory/locations";
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, Model model) {
        policy.checkMayRead(user);
        LocationSummary location = locations.summary(id).orElseThrow(LocationController::notFound);
        Location record = locations.find(id).orElseThrow(LocationController::notFound);
        model.addAttribute("location", location);
        model.addAttribute("countryId", record.countryId());
        model.addAttribute("operations", operations.hostedIn(record.countryId()));
        model.addAttribute("mayManage", policy.mayManage(user));
        return "directory/location";
    }

    @GetMapping("/new")
    String newLocation(@AuthenticationPrincipal CorridorUser user, Model model) {
        policy.checkMayManage(user);
        model.addAttribute(FORM, LocationForm.empty());
        return form(model, null);
    }

    @PostMapping("/new")
    String create(@AuthenticationPrincipal CorridorUser user, @Valid @ModelAttribute(FORM) LocationForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        policy.checkMayManage(user);
        if (result.hasErrors()) {
            return form(model, null);
        }
        try {
            Location saved = maintenance.create(user.actor(), form.toLocation(Ids.newId(), 0));
            redirect.addFlashAttribute("notice", "directory.saved");
            return "redirect:/directory/locations/" + saved.id();
        } catch (RejectedChange e) {
            result.rejectValue(e.field(), e.messageCode());
        } catch (DuplicateKeyException e) {
            result.rejectValue("code", "directory.location.code.taken");
        }
        return form(model, null);
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, Model model) {
        policy.checkMayManage(user);
        Location location = locations.find(id).orElseThrow(LocationController::notFound);
        model.addAttribute(FORM, LocationForm.of(location));
        return form(model, location);
    }

    @PostMapping("/{id}/edit")
    String update(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @Valid @ModelAttribute(FORM) LocationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        policy.checkMayManage(user);
        Location current = locations.find(id).orElseThrow(LocationController::notFound);
        if (result.hasErrors()) {
            return form(model, current);
        }
        if (form.version() == null) {
            return showCurrent(model, current);
        }
        try {
            maintenance.update(user.actor(), form.toLocation(id, form.version()));
            redirect.addFlashAttribute("notice", "directory.saved");
            return "redirect:/directory/locations/" + id;
        } catch (StaleRecord e) {
            return showCurrent(model, locations.find(id).orElseThrow(LocationController::notFound));
        } catch (RejectedChange e) {
            result.rejectValue(e.field(), e.messageCode());
        } catch (DuplicateKeyException e) {
            result.rejectValue("code", "directory.location.code.taken");
        }
        return form(model, current);
    }

    /** Someone saved first: show their version, and say so, rather than overwrite it. */
    private String showCurrent(Model model, Location current) {
        LocationForm fresh = LocationForm.of(current);
        BindingResult conflict = new DirectFieldBindingResult(fresh, FORM);
        conflict.reject("directory.location.stale");
        model.addAttribute(FORM, fresh);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, conflict);
        return form(model, current);
    }

    /** The form to add a location ({@code current} null) or to edit {@code current}. */
    private String form(Model model, Location current) {
        model.addAttribute("locationId", current == null ? null : current.id());
        model.addAttribute("recordName", current == null ? null : current.name());
        model.addAttribute("kinds", LocationKind.values());
        model.addAttribute("countries", countries.all());
        return "directory/location-form";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** The search form of the list; {@code country} is an ISO code, {@code page} counts from 0. */
    record LocationSearch(String q, String kind, String country, String page) {

        /** Null for none, or for a kind that does not exist (which the page then points out). */
        public LocationKind locationKind() {
            return ListFilters.parse(LocationKind.class, kind);
        }

        public String countryIso2() {
            String iso2 = FormInput.upper(country);
            return iso2 != null && iso2.matches("[A-Z]{2}") ? iso2 : null;
        }

        public int pageIndex() {
            return ListFilters.pageIndex(page);
        }
    }

    /** The add and edit form; {@code version} is the one the editor started from. */
    record LocationForm(
            @NotNull(message = "{directory.location.code.required}")
            @Size(max = 40, message = "{directory.location.code.size}")
            @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*", message = "{directory.location.code.pattern}") String code,
            @NotBlank(message = "{directory.location.name.required}")
            @Size(max = 200, message = "{directory.name.size}") String name,
            @NotNull(message = "{directory.location.kind.required}") LocationKind kind,
            @NotNull(message = "{directory.location.country.required}") UUID countryId,
            @NotNull(message = "{directory.latitude.required}")
            @DecimalMin(value = "-90", message = "{directory.latitude.range}")
            @DecimalMax(value = "90", message = "{directory.latitude.range}") Double latitude,
            @NotNull(message = "{directory.longitude.required}")
            @DecimalMin(value = "-180", message = "{directory.longitude.range}")
            @DecimalMax(value = "180", message = "{directory.longitude.range}") Double longitude,
            @Size(max = 2000, message = "{directory.description.size}") String description,
            Long version) {

        LocationForm {
            code = FormInput.upper(code);
            name = FormInput.clean(name);
            description = FormInput.clean(description);
        }

        static LocationForm empty() {
            return new LocationForm(null, null, null, null, null, null, null, null);
        }

        static LocationForm of(Location location) {
            return new LocationForm(location.code(), location.name(), location.kind(), location.countryId(),
                    location.latitude(), location.longitude(), location.description(), location.version());
        }

        Location toLocation(UUID id, long baseVersion) {
            return new Location(id, code, name, kind, countryId, latitude, longitude, description, baseVersion);
        }
    }
}
