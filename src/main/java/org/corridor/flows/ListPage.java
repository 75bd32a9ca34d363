package org.corridor.flows;

import java.util.List;

/** One page of a list of flow records, with how many there are in all. */
public record ListPage<T>(List<T> items, int page, int size, long totalItems) {

    public int totalPages() {
        return (int) ((totalItems + size - 1) / size);
    }
}
