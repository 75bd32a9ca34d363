package org.corridor.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * A command that does its work in Corridor started without a web server ({@link CorridorCommandLine#start}); the
 * options it does not know are Spring's ({@code --spring.datasource.url=...}) and are passed on.
 */
abstract class CorridorCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Unmatched
    List<String> springOptions = new ArrayList<>();

    ConfigurableApplicationContext startCorridor() {
        return CorridorCommandLine.start(springOptions);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Wrong usage: picocli prints the sentence and the usage, and exits with 2. */
    CommandLine.ParameterException usage(String sentence) {
        return new CommandLine.ParameterException(spec.commandLine(), sentence);
    }
}
