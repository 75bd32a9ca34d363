package org.corridor.monitoring;

import java.util.UUID;

/** No visit with that id that the user may see. */
public class VisitNotFound extends RuntimeException {

    VisitNotFound(UUID id) {
        super("No visit " + id);
    }
}
