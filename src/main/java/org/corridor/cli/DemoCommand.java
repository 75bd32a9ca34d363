package org.corridor.cli;

import java.util.List;
import org.corridor.accounts.DemoAccounts;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Load the demo scenario (one account a role) into the database; what exists is kept.")
class DemoCommand extends CorridorCommand {

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = startCorridor()) {
            List<String> added = context.getBean(DemoScenario.class).load();
            var out = out();
            out.println(added.isEmpty() ? "The demo scenario was already loaded; nothing added."
                    : "Demo scenario loaded: " + String.join(", ", added) + ".");
            out.println("Demo accounts use the password '" + DemoAccounts.PASSWORD + "'.");
        }
        return 0;
    }
}
