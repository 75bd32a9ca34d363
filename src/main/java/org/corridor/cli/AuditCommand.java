package org.corridor.cli;

import org.corridor.audit.AuditLog;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;

@Command(name = "audit", mixinStandardHelpOptions = true, description = "The audit log.",
        subcommands = AuditCommand.Verify.class)
class AuditCommand extends CommandGroup {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check the hash chain: exit 0 if intact, 3 naming the first edited or deleted entry.")
    static class Verify extends CorridorCommand {

        static final int BROKEN = 3;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = startCorridor()) {
                AuditLog.ChainVerification result = context.getBean(AuditLog.class).verify();
                if (result.intact()) {
                    out().println("Audit log intact: " + result.entriesChecked() + " entries checked.");
                    return 0;
                }
                err().println("Audit log BROKEN at entry " + result.brokenAt() + ": "
                        + result.problem() + " (" + result.entriesChecked() + " entries before it are intact).");
                return BROKEN;
            }
        }
    }
}
