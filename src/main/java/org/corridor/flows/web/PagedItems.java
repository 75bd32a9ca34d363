package org.corridor.flows.web;

import java.util.List;
import org.corridor.flows.ListPage;

/** A page of an API list, in the shape every list of the API has. */
record PagedItems<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    static <T> PagedItems<T> of(ListPage<T> page) {
        return new PagedItems<>(page.items(), page.page(), page.size(), page.totalItems(), page.totalPages());
    }

    /** Pages of 1 to 500 records: a larger page would be one slow response instead of a few quick ones. */
    static int size(int requested) {
        return Math.max(1, Math.min(requested, 500));
    }
}
