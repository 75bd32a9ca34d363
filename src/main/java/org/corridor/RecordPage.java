package org.corridor;

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
}
