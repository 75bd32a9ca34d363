package org.corridor.liaison;

import java.util.List;
import java.util.stream.Collectors;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.corridor.directory.OperationSummary;
import org.corridor.directory.OrganisationSummary;
import org.springframework.ui.Model;

/** The directory's operations, organisations and places as the liaison pages show them: lists and names by id. */
final class Names {

    private Names() {
    }

    static void add(Model model, Directory directory) {
        List<OperationSummary> operations = directory.operations();
        List<OrganisationSummary> organisations = directory.organisations();
        List<LocationSummary> locations = directory.locations();
        model.addAttribute("operations", operations);
        model.addAttribute("operationNames", operations.stream()
                .collect(Collectors.toMap(OperationSummary::id, OperationSummary::name, (a, b) -> a)));
        model.addAttribute("organisations", organisations);
        model.addAttribute("organisationNames", organisations.stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::shortName, (a, b) -> a)));
        model.addAttribute("locations", locations);
        model.addAttribute("locationNames", locations.stream()
                .collect(Collectors.toMap(LocationSummary::id, LocationSummary::name, (a, b) -> a)));
    }
}
