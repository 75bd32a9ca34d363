package org.corridor.kernel;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Versions as strong ETags, and If-Match read back into the version an update expects. */
public final class Etags {

    private Etags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** 200 with the record, its version as the ETag (what the client sends back as If-Match to change it). */
    public static <T> ResponseEntity<T> ok(long version, T body) {
        return ResponseEntity.ok().eTag(of(version)).body(body);
    }

    /** 201 with the new record, its version as the ETag and its address as the Location. */
    public static <T> ResponseEntity<T> created(String location, long version, T body) {
        return ResponseEntity.status(HttpStatus.CREATED).eTag(of(version)).location(URI.create(location)).body(body);
    }

    /** The version named by If-Match; without one an update could overwrite unseen changes, so it is refused. */
    public static long requireVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequired();
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new PreconditionFailed();
        }
    }

    public static class PreconditionRequired extends RuntimeException {
    }

    public static class PreconditionFailed extends RuntimeException {
    }
}
