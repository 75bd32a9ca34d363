package org.corridor.monitoring;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.corridor.kernel.Conditions;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How many of a table's records meet the conditions, per operation: counted in SQL for the regional overview, which
 * shows only the numbers and would otherwise read and map every record.
 */
final class CountsByOperation {

    private CountsByOperation() {
    }

    static Map<UUID, Long> of(JdbcClient jdbc, String table, Conditions where) {
        Map<UUID, Long> counted = new HashMap<>();
        jdbc.sql("select operation_id, count(*) from " + table + " where " + where + " group by operation_id")
                .params(where.params())
                .query(rs -> {
                    counted.put(rs.getObject(1, UUID.class), rs.getLong(2));
                });
        return counted;
    }
}
