package org.corridor;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The application; {@code org.corridor.cli.CorridorMain} starts it, or runs a command instead. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CorridorApplication {
}
