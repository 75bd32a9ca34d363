package org.corridor.flows;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.corridor.directory.CountrySummary;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.corridor.directory.OperationSummary;
import org.corridor.directory.OrganisationSummary;
import org.springframework.ui.Model;

/** The directory as the flows pages show it: lists to choose from and names by id, read once per request. */
record FlowReference(List<CountrySummary> countries, List<LocationSummary> locations, List<OperationSummary> operations,
        List<OrganisationSummary> organisations) {

    static FlowReference of(Directory directory) {
        return new FlowReference(
                directory.countries().stream().sorted(Comparator.comparing(CountrySummary::name)).toList(),
                directory.locations(), directory.operations(),
                directory.organisations().stream().sorted(Comparator.comparing(OrganisationSummary::shortName)).toList());
    }

    void addTo(Model model) {
        model.addAttribute("countries", countries);
        model.addAttribute("locations", locations);
        model.addAttribute("operations", operations);
        model.addAttribute("organisations", organisations);
        model.addAttribute("countryNames", countryNames());
        model.addAttribute("locationNames", locations.stream()
                .collect(Collectors.toMap(LocationSummary::id, LocationSummary::name, (a, b) -> a)));
        model.addAttribute("operationNames", operations.stream()
                .collect(Collectors.toMap(OperationSummary::id, OperationSummary::name, (a, b) -> a)));
        model.addAttribute("organisationNames", organisations.stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::shortName, (a, b) -> a)));
    }

    Map<UUID, String> countryNames() {
        return countries.stream().collect(Collectors.toMap(CountrySummary::id, CountrySummary::name, (a, b) -> a));
    }

    Map<UUID, CountrySummary> countriesById() {
        return countries.stream().collect(Collectors.toMap(CountrySummary::id, c -> c, (a, b) -> a));
    }

    Map<String, UUID> countryIdsByIso2() {
        return countries.stream().collect(Collectors.toMap(CountrySummary::iso2, CountrySummary::id, (a, b) -> a));
    }

    Map<UUID, LocationSummary> locationsById() {
        return locations.stream().collect(Collectors.toMap(LocationSummary::id, l -> l, (a, b) -> a));
    }

    Map<UUID, OrganisationSummary> organisationsById() {
        return organisations.stream().collect(Collectors.toMap(OrganisationSummary::id, o -> o, (a, b) -> a));
    }

    Map<UUID, OperationSummary> operationsById() {
        return operations.stream().collect(Collectors.toMap(OperationSummary::id, o -> o, (a, b) -> a));
    }
}
