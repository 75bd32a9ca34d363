package org.corridor.directory;

import org.corridor.accounts.CorridorUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The directory's index and the page of response areas and dimensions. */
@Controller
class DirectoryController {

    private final FieldOperationRepository operations;
    private final OfficeRepository offices;
    private final CountryRepository countries;
    private final LocationRepository locations;
    private final OrganisationRepository organisations;
    private final DirectoryPolicy policy;

    DirectoryController(FieldOperationRepository operations, OfficeRepository offices, CountryRepository countries,
            LocationRepository locations, OrganisationRepository organisations, DirectoryPolicy policy) {
        this.operations = operations;
        this.offices = offices;
        this.countries = countries;
        this.locations = locations;
        this.organisations = organisations;
        this.policy = policy;
    }

    @GetMapping("/directory")
    String index(@AuthenticationPrincipal CorridorUser user, Model model) {
        policy.checkMayRead(user);
        var allCountries = countries.all();
        model.addAttribute("operations", operations.count());
        model.addAttribute("offices", offices.count());
        model.addAttribute("countries", allCountries.size());
        model.addAttribute("countriesOnRoute", allCountries.stream().filter(Country::onRoute).count());
        model.addAttribute("locations", locations.count());
        model.addAttribute("organisations", organisations.count());
        model.addAttribute("responseAreas", ResponseArea.values().length);
        model.addAttribute("dimensions", Dimension.values().length);
        return "directory/index";
    }

    @GetMapping("/directory/response-areas")
    String responseAreas(@AuthenticationPrincipal CorridorUser user, Model model) {
        policy.checkMayRead(user);
        model.addAttribute("areas", ResponseArea.values());
        model.addAttribute("dimensions", Dimension.values());
        return "directory/response-areas";
    }
}
