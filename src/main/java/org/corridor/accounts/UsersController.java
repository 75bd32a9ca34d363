package org.corridor.accounts;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators add users and give or take their roles. */
@Controller
class UsersController {

    private final UserAccounts accounts;
    private final OperationCatalogue operations;
    private final MessageSource messages;

    UsersController(UserAccounts accounts, OperationCatalogue operations, MessageSource messages) {
        this.accounts = accounts;
        this.operations = operations;
        this.messages = messages;
    }

    @ModelAttribute
    void onlyAdministrators(@AuthenticationPrincipal CorridorUser user) {
        if (user == null || !user.mayManageAccounts()) {
            throw new AccessDeniedException("Only administrators manage accounts");
        }
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("users", accounts.list());
        model.addAttribute("operationNames", operationNames());
        return "accounts/users";
    }

    @GetMapping("/admin/users/new")
    String newUser(Model model) {
        return form(model, new NewUserForm("", "", "", null, null), Map.of());
    }

    @PostMapping("/admin/users")
    String create(@AuthenticationPrincipal CorridorUser admin, @ModelAttribute("form") NewUserForm form, Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        Membership membership = membership(form.role(), form.operationId(), errors);
        if (!errors.isEmpty()) {
            return form(model, form, resolve(errors));
        }
        try {
            CorridorUser user = accounts.create(admin.actor(), form.username(), form.displayName(), form.password(),
                    java.util.List.of(membership));
            redirect.addFlashAttribute("notice", user.getUsername());
            return "redirect:/admin/users/" + user.id();
        } catch (AccountException e) {
            return form(model, form, Map.of(e.field(), messages.getMessage(e, LocaleContextHolder.getLocale())));
        }
    }

    @GetMapping("/admin/users/{id}")
    String detail(@PathVariable UUID id, Model model) {
        CorridorUser user = accounts.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("user", user);
        model.addAttribute("operations", operations.operations());
        model.addAttribute("operationNames", operationNames());
        model.addAttribute("roles", Role.values());
        return "accounts/user";
    }

    @PostMapping("/admin/users/{id}/memberships")
    String addMembership(@AuthenticationPrincipal CorridorUser admin, @PathVariable UUID id,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) UUID operationId, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        Membership membership = membership(role, operationId, errors);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", resolve(errors));
            return detail(id, model);
        }
        accounts.addMembership(admin.actor(), id, membership);
        redirect.addFlashAttribute("membershipNotice", "users.detail.membershipAdded");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/memberships/remove")
    String removeMembership(@AuthenticationPrincipal CorridorUser admin, @PathVariable UUID id,
            @RequestParam Role role,
            @RequestParam(required = false) UUID operationId, RedirectAttributes redirect) {
        accounts.removeMembership(admin.actor(), id, new Membership(role.operationScoped() ? operationId : null, role));
        redirect.addFlashAttribute("membershipNotice", "users.detail.membershipRemoved");
        return "redirect:/admin/users/" + id;
    }

    private static Membership membership(Role role, UUID operationId, Map<String, String> errors) {
        if (role == null) {
            errors.put("role", "users.error.role");
            return null;
        }
        if (role.operationScoped() && operationId == null) {
            errors.put("operationId", "users.error.operationNeeded");
            return null;
        }
        if (!role.operationScoped() && operationId != null) {
            errors.put("operationId", "users.error.operationNotAllowed");
            return null;
        }
        return new Membership(operationId, role);
    }

    private String form(Model model, NewUserForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("operations", operations.operations());
        model.addAttribute("roles", Role.values());
        return "accounts/user-form";
    }

    private Map<String, String> resolve(Map<String, String> errorCodes) {
        Map<String, String> resolved = new java.util.LinkedHashMap<>();
        errorCodes.forEach((field, code) -> resolved.put(field,
                messages.getMessage(code, null, code, LocaleContextHolder.getLocale())));
        return resolved;
    }

    private Map<UUID, String> operationNames() {
        return operations.operations().stream()
                .collect(Collectors.toMap(OperationCatalogue.OperationRef::id, OperationCatalogue.OperationRef::name,
                        (a, b) -> a));
    }

    /** The add-a-user form; the password is never echoed back. */
    record NewUserForm(String username, String displayName, String password, Role role, UUID operationId) {
        @Override
        public String password() {
            return password == null ? "" : password;
        }
    }
}
