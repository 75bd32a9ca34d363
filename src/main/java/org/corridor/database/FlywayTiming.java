package org.corridor.database;
import org.corridor.kernel.StartupPhases;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Flyway validates and migrates as Spring Boot would, timed for the start-up line of {@link StartupPhases}. */
@Configuration(proxyBeanMethods = false)
class FlywayTiming {

    @Bean
    FlywayMigrationStrategy timedMigration() {
        return flyway -> StartupPhases.time(StartupPhases.FLYWAY, flyway::migrate);
    }
}
