package org.corridor.accounts;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.corridor.kernel.StaleRecord;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Heads of operation set how their operation shares: who reads its figures, and the level each kind of new record
 * starts with. Only the operation's heads open its page; to everyone else it does not exist (404).
 */
@Controller
class SharingController {

    static final String FIGURES_LEVEL = "figuresLevel";

    private final Sharing sharing;
    private final OperationCatalogue operations;
    private final MessageSource messages;

    SharingController(Sharing sharing, OperationCatalogue operations, MessageSource messages) {
        this.sharing = sharing;
        this.operations = operations;
        this.messages = messages;
    }

    @GetMapping("/sharing")
    String list(@AuthenticationPrincipal CorridorUser user, Model model) {
        if (user == null || !user.maySetSharingOfAnyOperation()) {
            throw new AccessDeniedException("Only heads of operation set how their operation shares");
        }
        List<OperationCatalogue.OperationRef> headed = operations.operations().stream()
                .filter(o -> user.maySetSharingOf(o.id())).toList();
        Map<String, SharingPolicy> policies = new LinkedHashMap<>();
        headed.forEach(o -> policies.put(o.code(), sharing.policyFor(user, o.id())));
        model.addAttribute("operations", headed);
        model.addAttribute("policies", policies);
        return "accounts/sharing-list";
    }

    @GetMapping("/sharing/{operationCode}")
    String form(@AuthenticationPrincipal CorridorUser user, @PathVariable String operationCode, Model model) {
        OperationCatalogue.OperationRef operation = headedOperation(user, operationCode);
        SharingPolicy policy = sharing.policyFor(user, operation.id());
        return page(model, operation, choices(policy), policy.version(), Map.of(), null);
    }

    @PostMapping("/sharing/{operationCode}")
    String change(@AuthenticationPrincipal CorridorUser user, @PathVariable String operationCode,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        OperationCatalogue.OperationRef operation = headedOperation(user, operationCode);
        Map<String, String> chosen = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        DistributionLevel figures = level(form, FIGURES_LEVEL, chosen, errors, "sharing.error.figuresLevel", null);
        Map<RecordKind, DistributionLevel> defaults = new EnumMap<>(RecordKind.class);
        for (RecordKind kind : RecordKind.values()) {
            DistributionLevel level = level(form, kind.name(), chosen, errors, "sharing.error.kindLevel",
                    message("sharing.kind." + kind));
            if (level != null) {
                defaults.put(kind, level);
            }
        }
        long version = version(form.get("version"));
        if (!errors.isEmpty()) {
            return page(model, operation, chosen, version, errors, null);
        }
        try {
            sharing.change(user, new SharingPolicy(operation.id(), figures, defaults, version));
        } catch (StaleRecord stale) {
            // Someone changed the policy meanwhile: keep this head's choices, say what is saved now, and let
            // them save again over it (the version they now hold is the current one).
            SharingPolicy now = sharing.policyFor(user, operation.id());
            return page(model, operation, chosen, now.version(), Map.of(), choices(now));
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/sharing/" + operation.code();
    }

    private String page(Model model, OperationCatalogue.OperationRef operation, Map<String, String> chosen,
            long version, Map<String, String> errors, Map<String, String> savedMeanwhile) {
        model.addAttribute("operation", operation);
        model.addAttribute("chosen", chosen);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        model.addAttribute("savedMeanwhile", savedMeanwhile);
        model.addAttribute("kinds", RecordKind.values());
        model.addAttribute("levels", DistributionLevel.values());
        return "accounts/sharing";
    }

    /** The operation by its code, if this user heads it; otherwise, as for an unknown code, 404. */
    private OperationCatalogue.OperationRef headedOperation(CorridorUser user, String code) {
        Optional<OperationCatalogue.OperationRef> operation = operations.operations().stream()
                .filter(o -> o.code() != null && o.code().equalsIgnoreCase(code == null ? "" : code.trim()))
                .findFirst();
        if (user == null || operation.isEmpty() || !user.maySetSharingOf(operation.get().id())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return operation.get();
    }

    private static Map<String, String> choices(SharingPolicy policy) {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put(FIGURES_LEVEL, policy.figuresLevel().name());
        for (RecordKind kind : RecordKind.values()) {
            choices.put(kind.name(), policy.defaultLevel(kind).name());
        }
        return choices;
    }

    private DistributionLevel level(Map<String, String> form, String field, Map<String, String> chosen,
            Map<String, String> errors, String errorCode, String what) {
        String value = form.get(field);
        String name = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        for (DistributionLevel level : DistributionLevel.values()) {
            if (level.name().equals(name)) {
                chosen.put(field, level.name());
                return level;
            }
        }
        Object[] arguments = what == null ? null : new Object[] {what};
        errors.put(field, messages.getMessage(errorCode, arguments, errorCode, LocaleContextHolder.getLocale()));
        return null;
    }

    /** The version the form was read at; what does not parse counts as outdated, so nothing is overwritten. */
    private static long version(String value) {
        try {
            return value == null ? -1 : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private String message(String code) {
        return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
    }
}
