package org.corridor.cli;

import org.corridor.CorridorApplication;
import org.corridor.kernel.StartupPhases;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;

/** The jar's entry point: with no subcommand it serves the web application; with one it is the CLI. */
public final class CorridorMain {

    private CorridorMain() {
    }

    public static void main(String[] args) {
        // Dispatched before Spring starts, so that --help and argument errors answer at once.
        if (CorridorCommandLine.isCommand(args)) {
            // A command's context has no web server; the ahead-of-time set-up is a server's.
            System.clearProperty(AotDetector.AOT_ENABLED);
            System.exit(CorridorCommandLine.execute(args));
        }
        SpringApplication application = new SpringApplication(CorridorApplication.class);
        application.addListeners(new StartupPhases()); // prints where the start's time went, once ready
        // starts from the beans fixed at build time only where this start's settings would decide the same beans
        application.addListeners(new AheadOfTimeSetUp());
        application.run(args);
    }
}
