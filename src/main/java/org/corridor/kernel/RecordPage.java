package org.corridor.kernel;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of a list of records, with how many there are in all; or, where counting them all would be slow, with
 * {@code totalIsLowerBound}: there are more than {@code totalItems}.
 */
public record RecordPage<T>(List<T> items, int page, int size, long totalItems, boolean totalIsLowerBound) {

    public RecordPage(List<T> items, int page, int size, long totalItems) {
        this(items, page, size, totalItems, false);
    }

    /** Whether a page follows this one. */
    public boolean hasNext() {
        return page + 1 < totalPages() || (totalIsLowerBound && items.size() == size);
    }

    public int totalPages() {
        return (int) ((totalItems + size - 1) / size);
    }

    /**
     * Reads one page of {@code select * from <fromWhere> order by <orderBy>} and counts the whole. The
     * order must end in a unique column (e.g. {@code id}) so that pages never repeat or skip a record.
     */
    public static <T> RecordPage<T> query(JdbcClient jdbc, String fromWhere, Map<String, ?> params, String orderBy,
            Class<T> type, int page, int size) {
        long total = jdbc.sql("select count(*) from " + fromWhere).params(params).query(Long.class).single();
        List<T> items = jdbc.sql("select * from " + fromWhere + " order by " + orderBy + " limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size).query(type).list();
        return new RecordPage<>(items, page, size, total);
    }

    /** How many records an API list counts at most before it says "more than": counting more costs every call. */
    public static final long COUNT_LIMIT = 10_000;

    /**
     * How many rows {@code select ... from <fromWhere>} has, counting no further than {@code countAtMost + 1}
     * (all of them when it is {@link Long#MAX_VALUE}).
     */
    public static long count(JdbcClient jdbc, String fromWhere, Map<String, ?> params, long countAtMost) {
        if (countAtMost == Long.MAX_VALUE) {
            return jdbc.sql("select count(*) from " + fromWhere).params(params).query(Long.class).single();
        }
        return jdbc.sql("select count(*) from (select 1 from " + fromWhere + " limit :recordPageCountLimit) counted")
                .params(params).param("recordPageCountLimit", countAtMost + 1).query(Long.class).single();
    }

    /**
     * The page of {@code items}, given how many rows {@link #count} found: their number where it counted them all or
     * this page is the last, otherwise a lower bound ({@code totalIsLowerBound}).
     */
    public static <T> RecordPage<T> counted(List<T> items, int page, int size, long counted, long countAtMost) {
        long throughThisPage = (long) page * size + items.size();
        if (counted <= countAtMost) {
            return new RecordPage<>(items, page, size, counted);
        }
        if (items.size() < size && !items.isEmpty()) {
            // Beyond the limit, but this page is the last: the total is known.
            return new RecordPage<>(items, page, size, throughThisPage);
        }
        return new RecordPage<>(items, page, size, Math.max(countAtMost, throughThisPage), true);
    }
}
