package org.corridor.monitoring;

/** Someone else changed the visit since the caller read it; the change was not applied. */
public class StaleVisit extends RuntimeException {

    private final transient VisitDetails current;

    StaleVisit(VisitDetails current) {
        super("The visit was changed by someone else (now version " + current.version() + ")");
        this.current = current;
    }

    public VisitDetails current() {
        return current;
    }
}
