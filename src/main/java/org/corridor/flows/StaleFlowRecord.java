package org.corridor.flows;

/** Someone else changed the record since the caller read it; the change was not applied. */
public class StaleFlowRecord extends RuntimeException {

    private final long currentVersion;

    StaleFlowRecord(long currentVersion) {
        super("Changed by someone else in the meantime (now version " + currentVersion + ")");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
