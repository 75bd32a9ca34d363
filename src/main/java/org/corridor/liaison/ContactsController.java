package org.corridor.liaison;

import org.corridor.kernel.FormValues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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

    static final int SIZE = 640;

    private final Meetings meetings;
    private final Directory directory;

    ContactsController(Meetings meetings, Directory directory) {
        this.meetings = meetings;
        this.directory = directory;
    }

    /** A point of the picture: an operation (inner ring) or an organisation (outer ring). */
    record Node(UUID id, String label, double x, double y, boolean operation) {
    }

    /** A line between two nodes; thicker for more meetings. */
    record Edge(double x1, double y1, double x2, double y2, double width, long meetings, boolean betweenOperations) {
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

    /** Operations on an inner circle, organisations on an outer one, a line for every pair that met. */
    private static void draw(Contacts contacts, Map<UUID, String> operationNames, Map<UUID, String> organisationNames,
            Model model) {
        Set<UUID> operations = new LinkedHashSet<>();
        Set<UUID> organisations = new LinkedHashSet<>();
        contacts.organisations().forEach(c -> {
            operations.add(c.operationId());
            organisations.add(c.counterpartId());
        });
        contacts.operations().forEach(c -> operations.add(c.operationId()));
        Map<UUID, Node> nodes = new LinkedHashMap<>();
        place(operations, SIZE * 0.18, true, operationNames, nodes);
        place(organisations, SIZE * 0.40, false, organisationNames, nodes);
        long most = 1;
        for (Contact c : contacts.organisations()) {
            most = Math.max(most, c.meetings());
        }
        for (Contact c : contacts.operations()) {
            most = Math.max(most, c.meetings());
        }
        List<Edge> edges = new ArrayList<>();
        for (Contact c : contacts.organisations()) {
            edges.add(edge(nodes.get(c.operationId()), nodes.get(c.counterpartId()), c.meetings(), most, false));
        }
        for (Contact c : contacts.operations()) {
            // Each pair is listed both ways; draw it once.
            if (c.operationId().compareTo(c.counterpartId()) < 0) {
                edges.add(edge(nodes.get(c.operationId()), nodes.get(c.counterpartId()), c.meetings(), most, true));
            }
        }
        model.addAttribute("nodes", nodes.values());
        model.addAttribute("edges", edges);
        model.addAttribute("size", SIZE);
    }

    private static void place(Set<UUID> ids, double radius, boolean operation, Map<UUID, String> names,
            Map<UUID, Node> nodes) {
        int i = 0;
        for (UUID id : ids) {
            double angle = 2 * Math.PI * i++ / Math.max(ids.size(), 1) - Math.PI / 2;
            nodes.put(id, new Node(id, names.getOrDefault(id, "?"), round(SIZE / 2.0 + radius * Math.cos(angle)),
                    round(SIZE / 2.0 + radius * Math.sin(angle)), operation));
        }
    }

    private static Edge edge(Node a, Node b, long count, long most, boolean betweenOperations) {
        return new Edge(a.x(), a.y(), b.x(), b.y(), round(1 + 7.0 * count / most), count, betweenOperations);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
