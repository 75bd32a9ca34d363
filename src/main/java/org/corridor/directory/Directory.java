package org.corridor.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The directory's API for other modules: look up field operations, places and organisations. */
@Service
public class Directory {

    private final FieldOperationRepository operations;
    private final OfficeRepository offices;
    private final CountryRepository countries;
    private final LocationRepository locations;
    private final OrganisationRepository organisations;

    Directory(FieldOperationRepository operations, OfficeRepository offices, CountryRepository countries,
            LocationRepository locations, OrganisationRepository organisations) {
        this.operations = operations;
        this.offices = offices;
        this.countries = countries;
        this.locations = locations;
        this.organisations = organisations;
    }

    public List<OperationSummary> operations() {
        return operations.summaries();
    }

    public Optional<OperationSummary> operation(UUID id) {
        return operations.summary(id);
    }

    public Optional<OperationSummary> operationByCode(String code) {
        return operations.summaryByCode(code);
    }

    /** The operations hosted by a country: those a change on the route there concerns first. */
    public List<OperationSummary> operationsHostedIn(UUID countryId) {
        return operations.hostedIn(countryId);
    }

    /** The head office first, then the field offices. */
    public List<OfficeSummary> offices(UUID operationId) {
        return offices.ofOperation(operationId).stream().map(Office::summary).toList();
    }

    public List<CountrySummary> countries() {
        return countries.all().stream().map(Country::summary).toList();
    }

    public Optional<CountrySummary> country(UUID id) {
        return countries.find(id).map(Country::summary);
    }

    public Optional<CountrySummary> countryByIso2(String iso2) {
        return iso2 == null ? Optional.empty() : countries.findByIso2(iso2.strip()).map(Country::summary);
    }

    public Optional<LocationSummary> location(UUID id) {
        return locations.summary(id);
    }

    /** By the location's code, e.g. {@code MK-GEVGELIJA}; case does not matter. */
    public Optional<LocationSummary> locationByCode(String code) {
        return code == null ? Optional.empty() : locations.summaryByCode(code.strip());
    }

    /** All locations by name: reference data, a few hundred rows at most. */
    public List<LocationSummary> locations() {
        return locations.summaries();
    }

    public Optional<OrganisationSummary> organisation(UUID id) {
        return organisations.summary(id);
    }

    /** All partner organisations by name. */
    public List<OrganisationSummary> organisations() {
        return organisations.summaries();
    }
}
