package org.corridor.directory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory, read-only, for scripts and other systems. Any valid API token may read it (the
 * security chain demands one); unknown ids are 404 and malformed parameters 400, as problem+json.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Directory", description = "Field operations, countries, places on the route and partner organisations")
class DirectoryApiController {

    private final FieldOperationRepository operations;
    private final OfficeRepository offices;
    private final CountryRepository countries;
    private final LocationRepository locations;
    private final OrganisationRepository organisations;

    DirectoryApiController(FieldOperationRepository operations, OfficeRepository offices, CountryRepository countries,
            LocationRepository locations, OrganisationRepository organisations) {
        this.operations = operations;
        this.offices = offices;
        this.countries = countries;
        this.locations = locations;
        this.organisations = organisations;
    }

    @GetMapping("/operations")
    @Operation(summary = "All field operations, by name")
    ApiPage<OperationSummary> operations() {
        return ApiPage.all(operations.summaries());
    }

    @GetMapping("/operations/{id}")
    @Operation(summary = "A field operation with its host country and offices")
    OperationDocument operation(@PathVariable UUID id) {
        FieldOperation operation = operations.find(id)
                .orElseThrow(() -> new NoSuchElementException("There is no field operation with the id " + id + "."));
        return new OperationDocument(operation.id(), operation.code(), operation.name(),
                countries.find(operation.hostCountryId()).map(Country::summary).orElseThrow(),
                operation.headOfficeCity(), operation.website(),
                offices.ofOperation(id).stream().map(Office::summary).toList());
    }

    @GetMapping("/countries")
    @Operation(summary = "All countries and territories, by name")
    ApiPage<CountrySummary> countries() {
        return ApiPage.all(countries.all().stream().map(Country::summary).toList());
    }

    @GetMapping("/locations")
    @Operation(summary = "Places on the route, by name; search and filter them")
    ApiPage<LocationSummary> locations(
            @Parameter(description = "Part of the name or code; case and diacritics do not matter")
            @RequestParam(required = false) String q,
            @RequestParam(required = false) LocationKind kind,
            @Parameter(description = "ISO 3166-1 alpha-2 code of the country, e.g. MK")
            @RequestParam(required = false)
            @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter ISO 3166-1 code such as MK") String country,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more") int page,
            @RequestParam(defaultValue = "50") @Min(value = 1, message = "must be between 1 and 200")
            @Max(value = 200, message = "must be between 1 and 200") int size) {
        var filter = new LocationRepository.LocationFilter(q, kind, country == null ? null : FormInput.upper(country));
        return ApiPage.of(locations.search(filter, PageRequest.of(page, size)));
    }

    @GetMapping("/locations/{id}")
    @Operation(summary = "A place on the route")
    LocationSummary location(@PathVariable UUID id) {
        return locations.summary(id)
                .orElseThrow(() -> new NoSuchElementException("There is no location with the id " + id + "."));
    }

    @GetMapping("/organisations")
    @Operation(summary = "Partner organisations, by name; search and filter them")
    ApiPage<OrganisationSummary> organisations(
            @Parameter(description = "Part of the name or acronym; case and diacritics do not matter")
            @RequestParam(required = false) String q,
            @RequestParam(required = false) OrganisationKind kind,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more") int page,
            @RequestParam(defaultValue = "50") @Min(value = 1, message = "must be between 1 and 200")
            @Max(value = 200, message = "must be between 1 and 200") int size) {
        var filter = new OrganisationRepository.OrganisationFilter(q, kind);
        return ApiPage.of(organisations.search(filter, PageRequest.of(page, size)));
    }

    @GetMapping("/organisations/{id}")
    @Operation(summary = "A partner organisation")
    OrganisationSummary organisation(@PathVariable UUID id) {
        return organisations.summary(id)
                .orElseThrow(() -> new NoSuchElementException("There is no organisation with the id " + id + "."));
    }

    /** A field operation as the API shows it: with its host country and its offices. */
    record OperationDocument(UUID id, String code, String name, CountrySummary hostCountry, String headOfficeCity,
            String website, List<OfficeSummary> offices) {
    }
}
