package org.corridor.alerts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.kernel.Problem;
import org.corridor.kernel.RecordRejected;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each signed-in person's page of their own alert e-mails: which kinds, of which operations, how, to which address. */
@Controller
class AlertSubscriptionController {

    /** The form as posted; the choices are text, read here, so that an unknown one is a message, not an error page. */
    static final class Form {
        private List<String> kinds = new ArrayList<>();
        private List<String> operationIds = new ArrayList<>();
        private String delivery;
        private String email;

        public List<String> getKinds() {
            return kinds;
        }

        public void setKinds(List<String> kinds) {
            this.kinds = kinds == null ? new ArrayList<>() : kinds;
        }

        public List<String> getOperationIds() {
            return operationIds;
        }

        public void setOperationIds(List<String> operationIds) {
            this.operationIds = operationIds == null ? new ArrayList<>() : operationIds;
        }

        public String getDelivery() {
            return delivery;
        }

        public void setDelivery(String delivery) {
            this.delivery = delivery;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        static Form of(AlertSubscription subscription) {
            Form form = new Form();
            form.kinds = new ArrayList<>(subscription.kinds().stream().map(Enum::name).toList());
            form.operationIds = new ArrayList<>(subscription.operationIds().stream().map(UUID::toString).toList());
            form.delivery = subscription.delivery().name();
            form.email = subscription.email();
            return form;
        }
    }

    private final AlertSubscriptions subscriptions;
    private final MessageSource messages;

    AlertSubscriptionController(AlertSubscriptions subscriptions, MessageSource messages) {
        this.subscriptions = subscriptions;
        this.messages = messages;
    }

    @GetMapping("/alerts/subscription")
    String page(@AuthenticationPrincipal CorridorUser user, Model model) {
        AlertSubscription subscription = subscriptions.of(user);
        return page(user, model, Form.of(subscription), subscription, Map.of());
    }

    @PostMapping("/alerts/subscription")
    String change(@AuthenticationPrincipal CorridorUser user, @ModelAttribute("form") Form form, Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<AlertKind> kinds = new ArrayList<>();
        for (String kind : form.getKinds()) {
            try {
                kinds.add(AlertKind.valueOf(kind.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.putIfAbsent("kinds", message("alertMail.error.unknownKind"));
            }
        }
        List<UUID> operations = new ArrayList<>();
        for (String operation : form.getOperationIds()) {
            try {
                operations.add(UUID.fromString(operation.trim()));
            } catch (IllegalArgumentException e) {
                errors.putIfAbsent("operationIds", message("alertMail.error.unknownOperation"));
            }
        }
        AlertDelivery delivery = null;
        try {
            delivery = form.getDelivery() == null ? null
                    : AlertDelivery.valueOf(form.getDelivery().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // said below, with the service's message for a missing choice
        }
        try {
            if (errors.isEmpty()) {
                subscriptions.change(user, new AlertSubscriptionChange(kinds, operations, delivery, form.getEmail()));
                redirect.addFlashAttribute("flashSaved", true);
                return "redirect:/alerts/subscription";
            }
        } catch (RecordRejected rejected) {
            for (Problem problem : rejected.problems()) {
                errors.putIfAbsent(problem.field(), messages.getMessage(problem.code(), problem.arguments(),
                        problem.code(), LocaleContextHolder.getLocale()));
            }
        }
        return page(user, model, form, subscriptions.of(user), errors);
    }

    private String page(CorridorUser user, Model model, Form form, AlertSubscription saved,
            Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("current", saved);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", AlertKind.values());
        model.addAttribute("deliveries", AlertDelivery.values());
        model.addAttribute("operations", subscriptions.followable(user));
        model.addAttribute("derivedAddress", subscriptions.derivedAddress(user));
        return "alerts/subscription";
    }

    private String message(String code) {
        return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
    }
}
