package org.corridor.accounts;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed sign-ins towards the lock-out and audits every attempt. */
@Component
class SignInAttempts {

    private final UserAccounts accounts;

    SignInAttempts(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        // API token requests are authenticated by our own filter and publish no event; this is a sign-in.
        if (event.getAuthentication().getPrincipal() instanceof CorridorUser user) {
            accounts.recordSignIn(user);
        }
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailedSignIn(String.valueOf(event.getAuthentication().getPrincipal()));
    }
}
