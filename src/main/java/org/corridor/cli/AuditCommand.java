package org.corridor.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.corridor.audit.AuditLog;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "audit", mixinStandardHelpOptions = true, description = "The audit log.",
        subcommands = AuditCommand.Verify.class)
class AuditCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check the hash chain: exit 0 if intact, 3 naming the first edited or deleted entry.")
    static class Verify implements Callable<Integer> {

        static final int BROKEN = 3;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Unmatched
        List<String> springOptions = new ArrayList<>();

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = CorridorCommandLine.start(springOptions)) {
                AuditLog.ChainVerification result = context.getBean(AuditLog.class).verify();
                if (result.intact()) {
                    CorridorCommandLine.out(spec).println("Audit log intact: " + result.entriesChecked() + " entries checked.");
                    return 0;
                }
                spec.commandLine().getErr().println("Audit log BROKEN at entry " + result.brokenAt() + ": "
                        + result.problem() + " (" + result.entriesChecked() + " entries before it are intact).");
                return BROKEN;
            }
        }
    }
}
