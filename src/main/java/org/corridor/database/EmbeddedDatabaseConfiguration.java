package org.corridor.database;
import org.corridor.kernel.StartupPhases;
import org.corridor.kernel.CorridorProperties;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
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
 *
 * <p>Two roles: the migrations run as the owner (the cluster's superuser), the application connects as
 * {@code corridor_app}, which is no superuser and may only append to the audit log ({@link DatabaseGrants}).
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
        dataSource.setPassword(database.password());
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    /** The migrations run as the owner, not as the application's role. */
    @Bean
    FlywayConfigurationCustomizer ownerRunsMigrations(EmbeddedDatabase database) {
        return configuration -> configuration.dataSource(database.jdbcUrl(), database.ownerUsername(),
                database.ownerPassword());
    }

    /** After the migrations (also when there was none to run), the application's role gets its rights on every table. */
    @Bean
    Callback grantApplicationRole(EmbeddedDatabase database) {
        return new Callback() {
            @Override
            public boolean supports(Event event, Context context) {
                return event == Event.AFTER_MIGRATE;
            }

            @Override
            public boolean canHandleInTransaction(Event event, Context context) {
                return true;
            }

            @Override
            public void handle(Event event, Context context) {
                Connection connection = context.getConnection();
                try (Statement statement = connection.createStatement()) {
                    for (String grant : DatabaseGrants.statements(database.username())) {
                        statement.execute(grant);
                    }
                    statement.execute(DatabaseGrants.replicationRole(database.username()));
                } catch (SQLException e) {
                    throw new IllegalStateException("Could not grant the application's role its rights: "
                            + e.getMessage(), e);
                }
            }

            @Override
            public String getCallbackName() {
                return "grant-application-role";
            }
        };
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
