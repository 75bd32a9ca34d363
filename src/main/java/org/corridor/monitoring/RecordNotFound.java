package org.corridor.monitoring;

import java.util.UUID;

/** No monitoring record with that id that the user may see. */
public class RecordNotFound extends RuntimeException {

    public RecordNotFound(UUID id) {
        super("No such record " + id);
    }
}
