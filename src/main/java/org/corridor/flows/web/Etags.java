package org.corridor.flows.web;

/** Versions as strong ETags, and If-Match read back into the version an update expects. */
final class Etags {

    private Etags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version named by If-Match; without one an update could overwrite unseen changes, so it is refused. */
    static long requireVersion(String ifMatch) {
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

    static class PreconditionRequired extends RuntimeException {
    }

    static class PreconditionFailed extends RuntimeException {
    }
}
