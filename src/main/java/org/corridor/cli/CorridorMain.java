package org.corridor.cli;

import org.corridor.CorridorApplication;
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
        SpringApplication.run(CorridorApplication.class, args);
    }
}
