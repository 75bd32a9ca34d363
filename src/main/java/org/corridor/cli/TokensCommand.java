package org.corridor.cli;

import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.UserAccounts;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tokens", mixinStandardHelpOptions = true, description = "Personal API tokens for scripts and integrations.",
        subcommands = TokensCommand.Create.class)
class TokensCommand extends CommandGroup {

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a token for USER and print it once. It carries USER's rights, never more.")
    static class Create extends CorridorCommand {

        @Parameters(index = "0", paramLabel = "USER")
        String username;

        @Option(names = "--name", required = true, paramLabel = "LABEL", description = "what uses the token, e.g. 'nightly export'")
        String name;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = startCorridor()) {
                UserAccounts accounts = context.getBean(UserAccounts.class);
                CorridorUser user = accounts.findByUsername(username).orElseThrow(
                        () -> usage("There is no user called " + username + "."));
                var token = accounts.createToken(user.id(), name);
                var out = out();
                out.println("Token '" + token.name() + "' for " + user.getUsername()
                        + " (shown once; send it as 'Authorization: Bearer <token>'):");
                out.println(token.secret());
            }
            return 0;
        }
    }
}
