package org.corridor.regional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The co-operation page of the regional picture: the pairs of operations that met or visited together in a period,
 * as a table and as a network drawn on the server (SVG, no script), and the operations with none recorded.
 */
@Controller
class CooperationController {

    /** The picture's width and height in SVG units. */
    static final int SIZE = 560;

    private final CooperationPicture cooperation;
    private final RegionalPeriod.Defaults periods;
    private final MessageSource messages;

    CooperationController(CooperationPicture cooperation, RegionalPeriod.Defaults periods, MessageSource messages) {
        this.cooperation = cooperation;
        this.periods = periods;
        this.messages = messages;
    }

    /** An operation on the circle; {@code labelAnchor} keeps its label outside the circle. */
    record Node(UUID id, String code, String name, double x, double y, double labelX, double labelY,
            String labelAnchor, boolean isolated) {
    }

    /** A line between two operations; thicker for more contacts. */
    record Edge(double x1, double y1, double x2, double y2, double width, String title) {
    }

    @GetMapping("/regional/co-operation")
    String cooperation(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model) {
        RegionalReaders.require(user);
        Map<String, String> errors = new LinkedHashMap<>();
        RegionalPeriod period = PeriodOnPage.read(from, to, () -> periods.of(user), errors, messages);
        CooperationPicture.Picture picture = cooperation.of(user, period);
        model.addAttribute("picture", picture);
        PeriodOnPage.show(model, period, from, to, errors);
        draw(picture, model);
        return "regional/co-operation";
    }

    /** Every operation on one circle (those with none recorded too, standing alone), a line for every pair. */
    private void draw(CooperationPicture.Picture picture, Model model) {
        List<CooperationPicture.Operation> operations = picture.operations();
        Map<UUID, Long> partners = picture.partners();
        Map<UUID, Node> nodes = new LinkedHashMap<>();
        double radius = SIZE * 0.34;
        int i = 0;
        for (CooperationPicture.Operation o : operations) {
            double angle = 2 * Math.PI * i++ / Math.max(operations.size(), 1) - Math.PI / 2;
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            String anchor = Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
            nodes.put(o.id(), new Node(o.id(), o.code(), o.name(), round(SIZE / 2.0 + radius * cos),
                    round(SIZE / 2.0 + radius * sin), round(SIZE / 2.0 + (radius + 16) * cos),
                    round(SIZE / 2.0 + (radius + 16) * sin + (sin > 0.2 ? 12 : sin < -0.2 ? -4 : 4)), anchor,
                    partners.getOrDefault(o.id(), 0L) == 0));
        }
        long most = picture.pairs().stream().mapToLong(CooperationPicture.Pair::contacts).max().orElse(1);
        List<Edge> edges = new ArrayList<>();
        for (CooperationPicture.Pair p : picture.pairs()) {
            Node a = nodes.get(p.operation().id());
            Node b = nodes.get(p.otherOperation().id());
            String title = messages.getMessage("cooperation.edge", new Object[] {p.operation().name(),
                    p.otherOperation().name(), p.meetings(), p.jointVisits()}, LocaleContextHolder.getLocale());
            edges.add(new Edge(a.x(), a.y(), b.x(), b.y(), round(1.5 + 8.0 * p.contacts() / Math.max(most, 1)), title));
        }
        model.addAttribute("nodes", nodes.values());
        model.addAttribute("edges", edges);
        model.addAttribute("size", SIZE);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
