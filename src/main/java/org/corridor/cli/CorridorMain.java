package org.corridor.cli;

import org.corridor.CorridorApplication;
import org.corridor.kernel.StartupPhases;
import org.springframework.boot.SpringApplication;

/** The jar's entry point: with no subcommand it serves the web application; with one it is the CLI. */
public final class CorridorMain {

    private CorridorMain() {
    }

    public static void main(String[] args) {
        // Dispatched before Spring starts, so that --help and argument errors answer at once.
        if (CorridorCommandLine.isCommand(args)) {
            System.exit(CorridorCommandLine.execute(args));
        }
        SpringApplication application = new SpringApplication(CorridorApplication.class);
        application.addListeners(new StartupPhases()); // prints where the start's time went, once ready
        application.run(args);
    }
}
