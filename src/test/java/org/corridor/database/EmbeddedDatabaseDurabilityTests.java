package org.corridor.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.corridor.CorridorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** zonky's embedded PostgreSQL is tuned for throwaway test data; Corridor's must survive a power cut. */
@CorridorTest
class EmbeddedDatabaseDurabilityTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void commitsReachTheDiskBeforeTheyAreAcknowledged() {
        assertThat(setting("fsync")).isEqualTo("on");
        assertThat(setting("synchronous_commit")).isEqualTo("on");
        assertThat(setting("full_page_writes")).isEqualTo("on");
    }

    private String setting(String name) {
        return jdbc.sql("select current_setting(:name)").param("name", name).query(String.class).single();
    }
}
