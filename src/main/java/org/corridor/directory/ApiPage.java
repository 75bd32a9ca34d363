package org.corridor.directory;

import java.util.List;
import org.springframework.data.domain.Page;

/** A list as the API returns it: one page of items and where it stands in the whole. */
record ApiPage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    static <T> ApiPage<T> of(Page<T> page) {
        return new ApiPage<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                page.getTotalPages());
    }

    /** A short list that always fits one page (operations, countries). */
    static <T> ApiPage<T> all(List<T> items) {
        return new ApiPage<>(items, 0, items.size(), items.size(), items.isEmpty() ? 0 : 1);
    }
}
