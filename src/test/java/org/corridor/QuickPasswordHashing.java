package org.corridor;

import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt at its lowest cost in the test contexts. At the application's cost (10) one hash takes about 65 ms on a
 * two-core machine, and most tests make users of their own (each the hash of a password), so hashing alone was minutes
 * of the suite. The hashes are still bcrypt with their id, as the application's; a check reads the cost from the
 * hash, so the application's own encoder (what the process-level tests run) is unchanged and tested there.
 */
@TestConfiguration(proxyBeanMethods = false)
class QuickPasswordHashing {

    @Bean
    @Primary
    PasswordEncoder quickPasswordEncoder() {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4)));
    }
}
