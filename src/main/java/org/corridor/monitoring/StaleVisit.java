package org.corridor.monitoring;

import org.corridor.kernel.StaleRecord;

/** Someone else changed the visit since the caller read it; here is the visit as it is now. */
public class StaleVisit extends StaleRecord {

    private final transient VisitDetails current;

    StaleVisit(VisitDetails current) {
        super(current.version());
        this.current = current;
    }

    public VisitDetails current() {
        return current;
    }
}
