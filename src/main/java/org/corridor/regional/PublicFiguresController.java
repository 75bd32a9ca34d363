package org.corridor.regional;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.corridor.accounts.CorridorUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public figures page: the same figures every signed-in user may read (they are published), a delegation reader
 * included, with the rule of their suppression, and the HXL-tagged CSV to download (logged); and, for the regional
 * coordinator and administrators, the list of past exports.
 */
@Controller
class PublicFiguresController {

    /** How many past exports the list shows: the newest, enough to answer "who published what, lately". */
    static final int EXPORTS_SHOWN = 200;

    private final PublicFigures figures;
    private final PublicFiguresExports exports;
    private final RegionalPeriod.Defaults periods;
    private final MessageSource messages;

    PublicFiguresController(PublicFigures figures, PublicFiguresExports exports, RegionalPeriod.Defaults periods,
            MessageSource messages) {
        this.figures = figures;
        this.exports = exports;
        this.periods = periods;
        this.messages = messages;
    }

    @GetMapping("/regional/public")
    String page(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        RegionalPeriod period;
        try {
            period = PublicFiguresFile.period(from, to, () -> periods.of(user));
        } catch (PublicFiguresFile.PublicFiguresRejected e) {
            errors.put(e.field, messages.getMessage(e.code, e.arguments, LocaleContextHolder.getLocale()));
            period = periods.of(user);
        }
        PublicFigures.Publication publication = figures.show(period);
        boolean periodWrong = !errors.isEmpty();
        model.addAttribute("period", period);
        model.addAttribute("from", periodWrong && from != null ? shorten(from) : period.from());
        model.addAttribute("to", periodWrong && to != null ? shorten(to) : period.to());
        model.addAttribute("errors", errors);
        model.addAttribute("publication", publication);
        model.addAttribute("minimum", publication.minimumCount());
        model.addAttribute("largestSmall", publication.minimumCount() - 1);
        model.addAttribute("areas", org.corridor.directory.ResponseArea.values());
        model.addAttribute("mayReadExports", user.mayReadPublicExportLog());
        return "regional/public";
    }

    /** The file of the page's period, logged before it leaves; a bad period is a 400 with its sentence. */
    @GetMapping("/regional/public.csv")
    void csv(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
        RegionalPeriod period;
        try {
            period = PublicFiguresFile.period(from, to, () -> periods.of(user));
        } catch (PublicFiguresFile.PublicFiguresRejected e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    messages.getMessage(e.code, e.arguments, LocaleContextHolder.getLocale()));
        }
        PublicFigures.Publication publication = figures.publish(period);
        byte[] file = PublicFiguresFile.csv(publication);
        exports.log(user, publication, PublicFiguresExports.Format.CSV, PublicFiguresExports.Channel.PAGE, file);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"" + PublicFiguresFile.fileName(period, "csv") + "\"");
        response.getOutputStream().write(file);
    }

    @GetMapping("/regional/public/exports")
    String exports(@AuthenticationPrincipal CorridorUser user, Model model) {
        model.addAttribute("exports", exports.recent(user, EXPORTS_SHOWN));
        model.addAttribute("period", periods.of(user));
        return "regional/public-exports";
    }

    private static String shorten(String text) {
        String t = text.strip();
        return t.length() > 40 ? t.substring(0, 40) : t;
    }
}
