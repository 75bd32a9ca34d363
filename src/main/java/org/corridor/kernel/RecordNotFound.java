package org.corridor.kernel;

import java.util.UUID;

/** No record with that id that the user may see: a 404, never a hint that it exists. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class RecordNotFound extends RuntimeException {

    public RecordNotFound(UUID id) {
        super("No such record " + id);
    }
}
