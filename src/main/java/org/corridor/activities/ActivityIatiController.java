package org.corridor.activities;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import org.corridor.accounts.CorridorUser;
import org.corridor.activities.Activities;
import org.corridor.activities.Activity;
import org.corridor.directory.CountrySummary;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.corridor.directory.OperationSummary;
import org.corridor.directory.OrganisationSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The activities the list shows, as an IATI 2.03 activity file, for donors and aggregators that read
 * IATI rather than spreadsheets.
 */
@Controller
class ActivityIatiController {

    private final Activities activities;
    private final Directory directory;
    private final MessageSource messages;
    private final String reportingOrgRef;

    /**
     * {@code corridor.iati.reporting-org-ref} is the OSCE's IATI organisation identifier, the prefix of
     * every iati-identifier; set it to the registered one before publishing to the IATI Registry.
     */
    ActivityIatiController(Activities activities, Directory directory, MessageSource messages,
            @Value("${corridor.iati.reporting-org-ref:XI-IATI-OSCE}") String reportingOrgRef) {
        this.activities = activities;
        this.directory = directory;
        this.messages = messages;
        this.reportingOrgRef = reportingOrgRef;
    }

    @GetMapping("/activities.iati.xml")
    void export(@AuthenticationPrincipal CorridorUser user, @ModelAttribute ActivityController.Filter filter,
            HttpServletResponse response) throws IOException, XMLStreamException {
        List<Activity> rows = activities.all(user, filter.toFilter());
        // IATI is published in English; the file does not follow the reader's locale.
        Locale english = Locale.ENGLISH;
        IatiActivityFile file = new IatiActivityFile(new IatiActivityFile.Reference(reportingOrgRef,
                "Organization for Security and Co-operation in Europe",
                directory.operations().stream().collect(Collectors.toMap(OperationSummary::id, o -> o)),
                directory.organisations().stream().collect(Collectors.toMap(OrganisationSummary::id, o -> o)),
                directory.locations().stream().collect(Collectors.toMap(LocationSummary::id, l -> l, (a, b) -> a)),
                directory.countries().stream().collect(Collectors.toMap(CountrySummary::iso2, CountrySummary::name)),
                area -> messages.getMessage("activity.value.ResponseArea." + area, null, area.name(), english),
                dimension -> messages.getMessage("activity.value.Dimension." + dimension, null, dimension.name(),
                        english)));
        response.setContentType("application/xml;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"activities-" + LocalDate.now()
                + ".iati.xml\"");
        file.write(response.getOutputStream(), rows, OffsetDateTime.now());
    }
}
