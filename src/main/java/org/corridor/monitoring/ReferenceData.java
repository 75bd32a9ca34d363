package org.corridor.monitoring;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.corridor.directory.OperationSummary;
import org.springframework.ui.Model;

/** The directory's places and operations as the record pages show them: lists to choose from, names by id. */
final class ReferenceData {

    private ReferenceData() {
    }

    static void add(Model model, Directory directory) {
        List<LocationSummary> locations = directory.locations();
        List<OperationSummary> operations = directory.operations();
        model.addAttribute("locations", locations);
        model.addAttribute("locationNames", locations.stream()
                .collect(Collectors.toMap(LocationSummary::id, LocationSummary::name, (a, b) -> a)));
        model.addAttribute("operations", operations);
        model.addAttribute("operationNames", operations.stream()
                .collect(Collectors.toMap(OperationSummary::id, OperationSummary::name, (a, b) -> a)));
    }

    /** The filter's query string, kept on the pager's links. */
    static String query(UUID operation) {
        return operation == null ? "" : "operation=" + operation;
    }

    static Set<UUID> ids(List<OperationSummary> operations) {
        return operations.stream().map(OperationSummary::id).collect(Collectors.toSet());
    }
}
