package org.corridor.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.corridor.DemoAsLoadedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The places the directory starts with, as the map and the off-route operations need them. */
@DemoAsLoadedTest
class DirectorySeedTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOperationsOffTheRouteHaveTheirBorderCrossingsAlbaniaTheFiveItsComputersWentTo() {
        Map<String, Long> crossings = new java.util.HashMap<>();
        jdbc.sql("""
                select c.iso2, count(*) from location l join country c on c.id = l.country_id
                where l.kind = 'BORDER_CROSSING' group by c.iso2""")
                .query((rs, n) -> crossings.put(rs.getString(1), rs.getLong(2))).list();

        assertThat(crossings.get("AL")).isGreaterThanOrEqualTo(5);
        assertThat(crossings.get("ME")).isGreaterThanOrEqualTo(2);
        assertThat(crossings.get("BA")).isGreaterThanOrEqualTo(2);
        assertThat(crossings.get("XK")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void noTwoPlacesShareOneCoordinatePairSoTheMapDrawsEachApart() {
        List<String> shared = jdbc.sql("""
                select string_agg(code, ' = ' order by code) from location
                group by latitude, longitude having count(*) > 1""").query(String.class).list();

        assertThat(shared).isEmpty();
    }
}
