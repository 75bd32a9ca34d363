package org.corridor.alerts;

import org.corridor.accounts.CorridorUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The bell in the main navigation of every page: for a signed-in user who may have alerts, how many open alerts they
 * have not opened. The count is asked only when the layout renders it (not for a redirect, an export or an API
 * answer), and once a page: one indexed count query.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class AlertBellAdvice {

    private final Alerts alerts;

    AlertBellAdvice(Alerts alerts) {
        this.alerts = alerts;
    }

    /** Null for a user who has no alerts (a delegation reader, an administrator): no bell. */
    @ModelAttribute("alertBell")
    AlertBell alertBell(@AuthenticationPrincipal CorridorUser user) {
        return user == null || !alerts.mayHaveAlerts(user) ? null : new AlertBell(alerts, user);
    }

    /** The bell of one page: its number, counted on first use. */
    static final class AlertBell {

        private final Alerts alerts;
        private final CorridorUser user;
        private Long unread;

        AlertBell(Alerts alerts, CorridorUser user) {
            this.alerts = alerts;
            this.user = user;
        }

        public long unread() {
            if (unread == null) {
                unread = alerts.unreadCount(user);
            }
            return unread;
        }
    }
}
