package org.corridor.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Scheduled work claimed in the database runs once a turn, however many servers try at the same moment. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduledTaskClaimTests {

    private EmbeddedPostgres database;
    private JdbcClient jdbc;

    @BeforeAll
    void startDatabase() throws Exception {
        database = EmbeddedPostgres.builder().setDataDirectory(TemplateDataDirectory.newCopy()).setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60)).start();
        DataSource dataSource = database.getPostgresDatabase();
        jdbc = JdbcClient.create(dataSource);
        try (var in = getClass().getResourceAsStream("/db/migration/V56__http_sessions.sql")) {
            jdbc.sql(new String(in.readAllBytes(), StandardCharsets.UTF_8)).update();
        }
    }

    @AfterAll
    void stopDatabase() throws Exception {
        database.close();
    }

    @Test
    void ofFourServersClaimingATurnAtTheSameMomentExactlyOneGetsIt() throws Exception {
        int servers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(servers);
        try {
            for (int turn = 0; turn < 20; turn++) {
                String task = "task-" + turn;
                CyclicBarrier together = new CyclicBarrier(servers);
                List<Future<Boolean>> claims = new ArrayList<>();
                for (int server = 0; server < servers; server++) {
                    // each its own instance, as each server has one
                    SessionCleanup cleanup = new SessionCleanup(jdbc, null);
                    claims.add(pool.submit(() -> {
                        together.await();
                        return cleanup.claim(task, Duration.ofSeconds(45));
                    }));
                }
                int won = 0;
                for (Future<Boolean> claim : claims) {
                    won += claim.get() ? 1 : 0;
                }
                assertThat(won).as("servers that ran turn %d", turn).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTaskIsClaimedAgainOnceItsTurnHasPassed() {
        SessionCleanup cleanup = new SessionCleanup(jdbc, null);
        assertThat(cleanup.claim("again", Duration.ofSeconds(45))).isTrue();
        assertThat(cleanup.claim("again", Duration.ofSeconds(45))).as("within the turn").isFalse();

        jdbc.sql("update scheduled_task set last_started_at = now() - interval '46 seconds' where name = 'again'").update();

        assertThat(cleanup.claim("again", Duration.ofSeconds(45))).as("after the turn").isTrue();
    }
}
