package org.corridor.database;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Removes expired sessions from the database once a minute, on one server at a time. Spring Session would run its
 * own cleanup on every server (it is switched off: {@code spring.session.jdbc.cleanup-cron=-}); here a server first
 * claims the turn in {@code scheduled_task} with one update that only succeeds when the last start is older than
 * {@link #TURN}. A second server doing the same at the same moment waits for the first one's row lock and then finds
 * the turn taken, so each turn runs once whatever the number of servers.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SessionCleanup {

    static final String TASK = "session-cleanup";
    /** Shorter than the schedule's minute, so that clock drift between servers never skips a turn. */
    static final Duration TURN = Duration.ofSeconds(45);

    private static final Logger log = LoggerFactory.getLogger(SessionCleanup.class);

    private final JdbcClient jdbc;
    private final ObjectProvider<JdbcIndexedSessionRepository> sessions;
    private final String server = ManagementFactory.getRuntimeMXBean().getName();

    SessionCleanup(JdbcClient jdbc, ObjectProvider<JdbcIndexedSessionRepository> sessions) {
        this.jdbc = jdbc;
        this.sessions = sessions;
    }

    @Scheduled(cron = "0 * * * * *")
    void removeExpiredSessions() {
        JdbcIndexedSessionRepository repository = sessions.getIfAvailable();
        if (repository == null || !claim(TASK, TURN)) {
            return;
        }
        try {
            repository.cleanUpExpiredSessions();
        } catch (RuntimeException e) {
            log.warn("Could not remove expired sessions: {}", e.toString());
        }
    }

    /**
     * Claims this turn of {@code task} for this server: true when no server started it within {@code turn}. One
     * statement, committed at once: of two servers claiming together, the second waits for the first one's row lock
     * and then sees its start, so exactly one gets true.
     */
    boolean claim(String task, Duration turn) {
        return jdbc.sql("""
                insert into scheduled_task (name, last_started_at, last_started_by) values (:task, now(), :server)
                on conflict (name) do update set last_started_at = excluded.last_started_at,
                    last_started_by = excluded.last_started_by
                where scheduled_task.last_started_at <= now() - make_interval(secs => :seconds)""")
                .param("task", task).param("server", server).param("seconds", turn.toSeconds()).update() == 1;
    }
}
