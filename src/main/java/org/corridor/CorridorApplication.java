package org.corridor;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** The application; {@code org.corridor.cli.CorridorMain} starts it, or runs a command instead. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "kernel")
public class CorridorApplication {
}
