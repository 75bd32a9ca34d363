package org.corridor;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Without {@code spring.datasource.url} Corridor runs on its own embedded PostgreSQL; with it, the
 * standard Spring Boot data source takes over and no embedded database is started.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    /** Set by the command line: join a running server's database instead of refusing to start. */
    static final String JOIN_RUNNING = "corridor.join-running-database";

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(CorridorProperties properties,
            org.springframework.core.env.Environment environment) {
        boolean joinRunning = environment.getProperty(JOIN_RUNNING, Boolean.class, false);
        return StartupPhases.time(StartupPhases.EMBEDDED_DATABASE,
                () -> EmbeddedDatabase.open(properties.home(), properties.databasePort(), joinRunning));
    }

    // The pool depends on the database, so it is closed first on shutdown.
    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("corridor");
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(database.username());
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
