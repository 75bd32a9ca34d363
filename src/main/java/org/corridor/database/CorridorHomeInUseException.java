package org.corridor.database;

import java.nio.file.Path;

/** Another Corridor process owns the data directory; starting a second one would corrupt it. */
public class CorridorHomeInUseException extends IllegalStateException {

    private final Path home;
    private final String owner;

    CorridorHomeInUseException(Path home, String owner) {
        super("Another Corridor (process " + owner + ") is already running with its data in " + home);
        this.home = home;
        this.owner = owner;
    }

    public Path home() {
        return home;
    }

    public String owner() {
        return owner;
    }
}
