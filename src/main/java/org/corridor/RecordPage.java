package org.corridor;

import java.util.List;

/** One page of a list of records, newest first, with how many there are in all. */
public record RecordPage<T>(List<T> items, int page, int size, long totalItems) {

    public int totalPages() {
        return (int) ((totalItems + size - 1) / size);
    }
}
