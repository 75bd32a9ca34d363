package org.corridor.kernel;

import java.util.List;

/**
 * A page of an API list, in the shape every list of the API has. Lists that can grow large count their records only
 * up to {@link RecordPage#COUNT_LIMIT}: beyond it {@code totalIsLowerBound} is true, {@code totalItems} and
 * {@code totalPages} say "at least", and a page follows while pages are full.
 */
public record PagedItems<T>(List<T> items, int page, int size, long totalItems, int totalPages,
        boolean totalIsLowerBound) {

    public static <T> PagedItems<T> of(RecordPage<T> page) {
        return new PagedItems<>(page.items(), page.page(), page.size(), page.totalItems(), page.totalPages(),
                page.totalIsLowerBound());
    }

    /** Pages of 1 to 500 records: a larger page would be one slow response instead of a few quick ones. */
    public static int size(int requested) {
        return Math.max(1, Math.min(requested, 500));
    }
}
