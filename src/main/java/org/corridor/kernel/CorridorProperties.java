package org.corridor.kernel;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Corridor's own settings.
 *
 * @param home where the embedded database and other local data live ({@code CORRIDOR_HOME})
 * @param demo load the demo scenario into an empty database and offer the demo accounts
 * @param databasePort port of the embedded PostgreSQL; 0 picks a free one
 */
@ConfigurationProperties("corridor")
public record CorridorProperties(
        @DefaultValue("./data") Path home,
        @DefaultValue("false") boolean demo,
        @DefaultValue("0") int databasePort) {
}
