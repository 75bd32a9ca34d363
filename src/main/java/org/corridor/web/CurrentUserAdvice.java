package org.corridor.web;

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

    @ModelAttribute("currentRoles")
    List<String> currentRoles(@AuthenticationPrincipal CorridorUser user) {
        if (user == null) {
            return List.of();
        }
        return user.memberships().stream().map(m -> {
            String role = messages.getMessage("role." + m.roleName(), null, m.roleName(), LocaleContextHolder.getLocale());
            if (m.operationId() == null) {
                return role;
            }
            String operation = directory.operation(m.operationId()).map(o -> o.name()).orElse("?");
            return operation + " · " + role;
        }).toList();
    }
}
