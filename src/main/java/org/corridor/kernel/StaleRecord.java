package org.corridor.kernel;

/** Someone else changed the record since the caller read it; the change was not applied. */
public class StaleRecord extends RuntimeException {

    private final long currentVersion;

    public StaleRecord(long currentVersion) {
        super("Changed by someone else in the meantime (now version " + currentVersion + ")");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
