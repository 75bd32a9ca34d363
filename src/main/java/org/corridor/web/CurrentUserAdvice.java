package org.corridor.web;

import java.util.AbstractList;
import java.util.List;
import org.corridor.accounts.CorridorUser;
import org.corridor.directory.Directory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user and their roles (with operation names) on every page for the layout. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class CurrentUserAdvice {

    private final Directory directory;
    private final MessageSource messages;

    CurrentUserAdvice(Directory directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    @ModelAttribute("currentUser")
    CorridorUser currentUser(@AuthenticationPrincipal CorridorUser user) {
        return user;
    }

    /**
     * Looked up only when a page shows them: the advice runs for every handler, API answers, redirects and exports
     * included, and each of a member's roles names its operation from the directory (a query each).
     */
    @ModelAttribute("currentRoles")
    List<String> currentRoles(@AuthenticationPrincipal CorridorUser user) {
        return user == null ? List.of() : new Roles(user, directory, messages);
    }

    /** The user's roles as the header names them ("Mission to Skopje · Officer"), read on first use. */
    static final class Roles extends AbstractList<String> {

        private final CorridorUser user;
        private final Directory directory;
        private final MessageSource messages;
        private List<String> names;

        Roles(CorridorUser user, Directory directory, MessageSource messages) {
            this.user = user;
            this.directory = directory;
            this.messages = messages;
        }

        @Override
        public String get(int index) {
            return names().get(index);
        }

        @Override
        public int size() {
            return names().size();
        }

        private List<String> names() {
            if (names == null) {
                names = user.memberships().stream().map(m -> {
                    String role = messages.getMessage("role." + m.roleName(), null, m.roleName(),
                            LocaleContextHolder.getLocale());
                    if (m.operationId() == null) {
                        return role;
                    }
                    String operation = directory.operation(m.operationId()).map(o -> o.name()).orElse("?");
                    return operation + " · " + role;
                }).toList();
            }
            return names;
        }
    }
}
