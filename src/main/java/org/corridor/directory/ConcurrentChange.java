package org.corridor.directory;

/**
 * Someone else saved the record after the editor opened it. Nothing was written; the editor sees
 * {@code current} and decides again, instead of silently overwriting the other change.
 */
class ConcurrentChange extends RuntimeException {

    private final transient Object current;

    ConcurrentChange(Object current) {
        super("The record changed since it was read");
        this.current = current;
    }

    @SuppressWarnings("unchecked")
    <T> T current() {
        return (T) current;
    }
}
