package org.corridor.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.corridor.accounts.DemoAccounts;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Load the demo scenario (one account a role) into the database; what exists is kept.")
class DemoCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Unmatched
    List<String> springOptions = new ArrayList<>();

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = CorridorCommandLine.start(springOptions)) {
            List<String> added = context.getBean(DemoScenario.class).load();
            var out = CorridorCommandLine.out(spec);
            out.println(added.isEmpty() ? "The demo scenario was already loaded; nothing added."
                    : "Demo scenario loaded: " + String.join(", ", added) + ".");
            out.println("Demo accounts use the password '" + DemoAccounts.PASSWORD + "'.");
        }
        return 0;
    }
}
