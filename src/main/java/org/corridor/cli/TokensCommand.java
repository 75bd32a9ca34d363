package org.corridor.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.UserAccounts;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tokens", mixinStandardHelpOptions = true, description = "Personal API tokens for scripts and integrations.",
        subcommands = TokensCommand.Create.class)
class TokensCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a token for USER and print it once. It carries USER's rights, never more.")
    static class Create implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "USER")
        String username;

        @Option(names = "--name", required = true, paramLabel = "LABEL", description = "what uses the token, e.g. 'nightly export'")
        String name;

        @CommandLine.Unmatched
        List<String> springOptions = new ArrayList<>();

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = CorridorCommandLine.start(springOptions)) {
                UserAccounts accounts = context.getBean(UserAccounts.class);
                CorridorUser user = accounts.findByUsername(username).orElseThrow(
                        () -> new CommandLine.ParameterException(spec.commandLine(), "There is no user called " + username + "."));
                var token = accounts.createToken(user.id(), name);
                var out = CorridorCommandLine.out(spec);
                out.println("Token '" + token.name() + "' for " + user.getUsername()
                        + " (shown once; send it as 'Authorization: Bearer <token>'):");
                out.println(token.secret());
            }
            return 0;
        }
    }
}
