package org.corridor.liaison;

import org.corridor.kernel.FormValues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.directory.Directory;
import org.corridor.liaison.Meetings;
import org.corridor.liaison.Meetings.Contact;
import org.corridor.liaison.Meetings.Contacts;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Who meets whom in a period: a table of counts and a network picture drawn on the server as SVG. */
@Controller
class ContactsController {

    private final Meetings meetings;
    private final Directory directory;

    ContactsController(Meetings meetings, Directory directory) {
        this.meetings = meetings;
        this.directory = directory;
    }

    @GetMapping("/liaison/who-meets-whom")
    String contacts(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model) {
        LocalDate last = FormValues.date(to);
        LocalDate first = FormValues.date(from);
        boolean chosen = last != null || first != null;
        if (last == null) {
            last = meetings.today();
        }
        if (first == null || first.isAfter(last)) {
            first = last.minusYears(1).plusDays(1);
        }
        Contacts contacts = meetings.contacts(user, first, last);
        boolean wholeSpan = false;
        if (!chosen && contacts.organisations().isEmpty() && contacts.operations().isEmpty()) {
            // Nothing in the last twelve months (the demo is of 2015-2016): show every meeting there is instead.
            Optional<Meetings.Period> span = meetings.figuresPeriod(user);
            if (span.isPresent()) {
                first = span.get().from();
                last = span.get().to();
                contacts = meetings.contacts(user, first, last);
                wholeSpan = true;
            }
        }
        // Operations whose figures the user may not read are said to be not shared, never shown as meeting no one.
        List<UUID> operationIds = directory.operations().stream().map(o -> o.id()).toList();
        Set<UUID> hidden = meetings.figuresNotShared(user, operationIds);
        List<UUID> notShared = operationIds.stream().filter(hidden::contains).toList();
        model.addAttribute("notShared", notShared);
        // Nothing to count and nothing of anyone's figures readable: "not shared with you", not "no meetings".
        model.addAttribute("nothingShared", notShared.size() == directory.operations().size()
                && contacts.organisations().isEmpty() && contacts.operations().isEmpty());
        model.addAttribute("contacts", contacts);
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("wholeSpan", wholeSpan);
        Names.add(model, directory);
        @SuppressWarnings("unchecked")
        Map<UUID, String> operationNames = (Map<UUID, String>) model.getAttribute("operationNames");
        @SuppressWarnings("unchecked")
        Map<UUID, String> organisationNames = (Map<UUID, String>) model.getAttribute("organisationNames");
        draw(contacts, operationNames, organisationNames, model);
        return "liaison/who-meets-whom";
    }

    /** Operations on an inner ring, organisations on an outer one, a line for every pair that met (once a pair). */
    private static void draw(Contacts contacts, Map<UUID, String> operationNames, Map<UUID, String> organisationNames,
            Model model) {
        Map<UUID, String> operations = new LinkedHashMap<>();
        Map<UUID, String> organisations = new LinkedHashMap<>();
        List<ContactsPicture.Contact> lines = new ArrayList<>();
        contacts.organisations().forEach(c -> {
            operations.put(c.operationId(), operationNames.getOrDefault(c.operationId(), "?"));
            organisations.put(c.counterpartId(), organisationNames.getOrDefault(c.counterpartId(), "?"));
            lines.add(new ContactsPicture.Contact(c.operationId(), c.counterpartId(), c.meetings(), false));
        });
        for (Contact c : contacts.operations()) {
            operations.put(c.operationId(), operationNames.getOrDefault(c.operationId(), "?"));
            // Each pair is listed both ways; draw it once.
            if (c.operationId().compareTo(c.counterpartId()) < 0) {
                lines.add(new ContactsPicture.Contact(c.operationId(), c.counterpartId(), c.meetings(), true));
            }
        }
        model.addAttribute("picture", ContactsPicture.of(operations, organisations, lines));
    }
}
