package org.corridor.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.corridor.AdjustedSettingsTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An event between modules is stored with the transaction that published it and handed to its listener after the
 * commit; one whose transaction rolls back never reaches anyone. The listener is a bean only the context of
 * {@link AdjustedSettingsTest} has, which imports it.
 */
@AdjustedSettingsTest
public class EventPublicationRegistryTests {

    record SomethingRecorded(UUID id) {
    }

    static class Listener {
        private final List<UUID> heard = new CopyOnWriteArrayList<>();

        @ApplicationModuleListener
        void on(SomethingRecorded event) {
            heard.add(event.id());
        }

        List<UUID> heard() {
            return heard;
        }
    }

    /** Imported by {@link AdjustedSettingsTest}; not a {@code @TestConfiguration}, which would be this class's alone. */
    public static class ListenerConfiguration {
        @Bean
        Listener somethingListener() {
            return new Listener();
        }
    }

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired Listener listener;

    @Test
    void aCommittedEventReachesItsListenerAndLeavesNoOutstandingPublication() throws Exception {
        UUID id = UUID.randomUUID();

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new SomethingRecorded(id));
            assertThat(publicationsOf(id)).as("stored with the change, before the commit").isEqualTo(1);
        });

        awaitHeard(id);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (publicationsOf(id) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(publicationsOf(id)).as("removed once handled").isZero();
    }

    @Test
    void anEventWhoseTransactionRollsBackIsNeitherStoredNorHeard() throws Exception {
        UUID id = UUID.randomUUID();

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new SomethingRecorded(id));
            status.setRollbackOnly();
        });
        UUID later = UUID.randomUUID();
        transactions.executeWithoutResult(status -> events.publishEvent(new SomethingRecorded(later)));
        awaitHeard(later);

        assertThat(listener.heard()).doesNotContain(id);
        assertThat(publicationsOf(id)).isZero();
    }

    private long publicationsOf(UUID id) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like :id")
                .param("id", "%" + id + "%").query(Long.class).single();
    }

    private void awaitHeard(UUID id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!listener.heard().contains(id) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(listener.heard()).contains(id);
    }
}
