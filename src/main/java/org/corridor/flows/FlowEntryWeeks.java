package org.corridor.flows;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The daily entries at locations summed per ISO week ({@code flow_entry_week}, V99), which the regional overview's
 * persons entering at each location reads for the whole weeks of its period ({@link FlowFigures#entriesByLocation}).
 * Every write of counts changes it in its own transaction: what the write takes away ({@link #remove}) before it
 * changes the counts, what it adds ({@link #add}) after.
 *
 * <p>Each write adds its own change as a delta ({@code total = total + excluded.total}), never a sum recomputed from
 * {@code flow_count}: deltas commute, so two transactions writing counts of the same week each add their own share
 * whatever their order, and the row lock of {@code on conflict do update} makes each addition wait for the other's
 * commit or rollback. A recompute would read the week without the other transaction's uncommitted counts and write
 * over its share, unless every writer of a week took a lock first. Rows are added in the key's order, so that two
 * writers of many weeks take their row locks in the same order and do not deadlock.
 */
@Component
class FlowEntryWeeks {

    private final JdbcClient jdbc;

    FlowEntryWeeks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds counts to their weeks. {@code counts}: a select of counts with flow_count's columns {@code period_kind,
     * direction, period_start, location_id, source_organisation_id, operation_id, distribution_level, total}; only
     * daily entries at locations are summed.
     */
    void add(String counts, Map<String, ?> params) {
        apply(counts, params, 1);
    }

    /**
     * Takes counts out of their weeks, before they are changed. {@code counts} should lock what it reads
     * ({@code for update}), so that the figures taken out are the ones the write then changes.
     */
    void remove(String counts, Map<String, ?> params) {
        apply(counts, params, -1);
    }

    private void apply(String counts, Map<String, ?> params, int sign) {
        jdbc.sql("""
                insert into flow_entry_week as w (week_start, location_id, source_organisation_id, operation_id,
                                                  distribution_level, total, days)
                select c.period_start - (extract(isodow from c.period_start)::int - 1), c.location_id,
                       c.source_organisation_id, c.operation_id, c.distribution_level, :sign * sum(c.total),
                       :sign * count(*)
                from (%s) c
                where c.period_kind = 'DAY' and c.direction = 'ENTRY' and c.location_id is not null
                group by 1, 2, 3, 4, 5
                order by 1, 2, 3, 4, 5
                on conflict (week_start, location_id, source_organisation_id, operation_id, distribution_level)
                do update set total = w.total + excluded.total, days = w.days + excluded.days""".formatted(counts))
                .params(params).param("sign", sign).update();
    }
}
