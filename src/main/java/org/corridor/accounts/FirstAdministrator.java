package org.corridor.accounts;

import java.util.List;
import org.corridor.kernel.CorridorProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * On the first start of a server with no users (and not in demo mode, which brings its own), creates
 * the administrator {@code admin} and prints a one-time password once in the log.
 */
@Component
@ConditionalOnWebApplication
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccounts accounts;
    private final CorridorProperties properties;

    FirstAdministrator(UserAccounts accounts, CorridorProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demo() || accounts.anyUsers()) {
            return;
        }
        String password = UserAccounts.generatePassword();
        accounts.create(org.corridor.kernel.Actor.SYSTEM, "admin", "Administrator", password, List.of(Membership.of(Role.ADMIN)));
        log.warn("First start: created the administrator 'admin' with the one-time password {} "
                + "(shown only this once; change it, or reset it with 'corridor users reset-password admin').", password);
    }
}
