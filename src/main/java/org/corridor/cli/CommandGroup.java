package org.corridor.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;

/** A command that only names its subcommands ({@code corridor users}): run alone, it prints its usage. */
abstract class CommandGroup implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
