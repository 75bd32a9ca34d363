package org.corridor.reports;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One drawing of a report's document from the data: handed to every {@link SectionGenerator} that draws one of its
 * sections, so that what several sections read alike (the regional overview behind the engagement, the gaps and the
 * operations' summaries) is computed once for the document instead of once a section. It lives as long as the
 * drawing of one document, so the sections of that document agree with each other and nothing is kept beyond it.
 */
public final class DocumentDrawing {

    private final Map<Object, Object> computed = new HashMap<>();

    /**
     * The value computed for {@code key} in this drawing, computing it the first time. The key names what is
     * computed and everything it depends on (e.g. the reader and the period), as a record or other value with
     * {@code equals}.
     */
    @SuppressWarnings("unchecked")
    public <T> T once(Object key, Supplier<T> compute) {
        // Not computeIfAbsent: a computation may itself ask for another value of the same drawing.
        if (computed.containsKey(key)) {
            return (T) computed.get(key);
        }
        T value = compute.get();
        computed.put(key, value);
        return value;
    }
}
