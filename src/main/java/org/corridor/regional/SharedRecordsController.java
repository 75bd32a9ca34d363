package org.corridor.regional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The sharing feed: what the operations shared at OSCE level or above, newest first, by operation and kind. */
@Controller
class SharedRecordsController {

    private final SharedRecordsFeed feed;
    private final RegionalPeriod.Defaults periods;
    private final MessageSource messages;

    SharedRecordsController(SharedRecordsFeed feed, RegionalPeriod.Defaults periods, MessageSource messages) {
        this.feed = feed;
        this.periods = periods;
        this.messages = messages;
    }

    @GetMapping("/regional/shared")
    String shared(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) String operation,
            @RequestParam(required = false) List<String> kind, @RequestParam(defaultValue = "0") String page,
            Model model) {
        RegionalReaders.require(user);
        Map<String, String> errors = new LinkedHashMap<>();
        UUID operationId = null;
        Set<SharedRecordsFeed.Kind> kinds = Set.of();
        int number = 0;
        try {
            operationId = feed.operation(operation);
        } catch (CooperationRequestRejected e) {
            errors.put(e.field, message(e));
        }
        try {
            kinds = SharedRecordsFeed.kinds(kind);
        } catch (CooperationRequestRejected e) {
            errors.put(e.field, message(e));
        }
        try {
            number = Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            number = -1;
        }
        SharedRecordsFeed.Page found;
        try {
            found = feed.page(user, operationId, kinds, number);
        } catch (CooperationRequestRejected e) {
            errors.put(e.field, message(e));
            found = feed.page(user, operationId, kinds, 0);
        }
        model.addAttribute("feed", found);
        model.addAttribute("errors", errors);
        model.addAttribute("operations", feed.operations());
        model.addAttribute("kinds", SharedRecordsFeed.Kind.values());
        model.addAttribute("chosenOperation", errors.containsKey("operation") ? null : operation);
        model.addAttribute("chosenKinds", kinds);
        model.addAttribute("period", periods.of(user));
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/regional/shared");
        if (operationId != null) {
            url.queryParam("operation", operation.strip());
        }
        kinds.forEach(k -> url.queryParam("kind", k.name()));
        model.addAttribute("url", url.build().toUriString());
        return "regional/shared";
    }

    private String message(CooperationRequestRejected e) {
        return messages.getMessage(e.code, e.arguments, LocaleContextHolder.getLocale());
    }
}
