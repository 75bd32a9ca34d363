package org.corridor.flows;

import java.util.UUID;

/** No flow count or route event with that id that the user may see: a 404, never a hint that it exists. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class FlowRecordNotFound extends RuntimeException {

    public FlowRecordNotFound(UUID id) {
        super("No such flow record " + id);
    }
}
