package org.corridor.flows;

import java.util.UUID;
import org.corridor.flows.FlowFigures;

/** The {@code source} parameter: an organisation's id, or {@code own} for the operations' own observation. */
record SourceParameter(UUID organisation, boolean own) {

    static final String OWN = "own";

    static SourceParameter parse(String value) {
        if (value == null || value.isBlank()) {
            return new SourceParameter(null, false);
        }
        if (OWN.equalsIgnoreCase(value.trim())) {
            return new SourceParameter(null, true);
        }
        try {
            return new SourceParameter(UUID.fromString(value.trim()), false);
        } catch (IllegalArgumentException e) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.BAD_REQUEST,
                    "The parameter 'source' is an organisation id or 'own', not '" + value + "'");
        }
    }

    /** For figures a source is always one: no choice means the own observation. */
    FlowFigures.Source forFigures() {
        return own || organisation == null ? FlowFigures.Source.OWN_OBSERVATION : new FlowFigures.Source(organisation);
    }

    String value() {
        return own ? OWN : organisation == null ? "" : organisation.toString();
    }
}
