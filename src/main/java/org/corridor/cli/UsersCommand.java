package org.corridor.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Membership;
import org.corridor.accounts.UserAccounts;
import org.corridor.directory.Directory;
import org.corridor.directory.OperationSummary;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "users", mixinStandardHelpOptions = true, description = "Add users and reset their passwords.",
        subcommands = {UsersCommand.Add.class, UsersCommand.ResetPassword.class})
class UsersCommand extends CommandGroup {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a user. Without --password-stdin a password is generated and printed once.")
    static class Add extends CorridorCommand {

        @Parameters(index = "0", paramLabel = "USERNAME", description = "lower-case letters, digits, '.', '_' or '-'")
        String username;

        @Option(names = "--name", description = "the person's name (default: the username)")
        String displayName;

        @Option(names = "--admin", description = "an administrator: accounts and reference data")
        boolean admin;

        @Option(names = "--role", description = "a role: VIEWER, OFFICER, FOCAL_POINT, HEAD_OF_OPERATION (with --operation), "
                + "REGIONAL_COORDINATOR, DELEGATION_READER or ADMIN")
        String role;

        @Option(names = "--operation", description = "the field operation of --role, by code (e.g. skopje)")
        String operation;

        @Option(names = "--password-stdin", description = "read the password from standard input")
        boolean passwordFromStdin;

        @Override
        public Integer call() throws IOException {
            if (!admin && role == null) {
                throw usage("Give --admin or --role (and --operation for an operation's role).");
            }
            boolean heldInOperation = role != null && heldInOperation(role);
            String password = passwordFromStdin ? readLine() : UserAccounts.generatePassword();
            try (ConfigurableApplicationContext context = startCorridor()) {
                List<Membership> memberships = new ArrayList<>();
                if (admin) {
                    memberships.add(Membership.administrator());
                }
                if (role != null) {
                    memberships.add(Membership.named(role, resolveOperation(context, role, heldInOperation, operation)));
                }
                CorridorUser user = context.getBean(UserAccounts.class).create(username,
                        displayName == null ? username : displayName, password, memberships);
                var out = out();
                out.println("Added user " + user.getUsername() + ".");
                if (!passwordFromStdin) {
                    out.println("Password (shown once, change it after the first sign-in): " + password);
                }
            }
            return 0;
        }

        /** Whether the role is held in an operation; a name that is no role is refused before anything starts. */
        private boolean heldInOperation(String roleName) {
            try {
                return Membership.isHeldInOperation(roleName);
            } catch (IllegalArgumentException unknown) {
                throw usage(unknown.getMessage());
            }
        }

        private java.util.UUID resolveOperation(ConfigurableApplicationContext context, String role,
                boolean heldInOperation, String code) {
            if (!heldInOperation) {
                if (code != null) {
                    throw usage(role + " is not held in an operation: leave out --operation.");
                }
                return null;
            }
            Directory directory = context.getBean(Directory.class);
            if (code == null) {
                throw usage(role + " is held in a field operation: add --operation, one of "
                        + directory.operations().stream().map(OperationSummary::code).toList() + ".");
            }
            return directory.operationByCode(code).map(OperationSummary::id)
                    .orElseThrow(() -> usage("No field operation has the code '" + code
                            + "'. Known codes: " + directory.operations().stream().map(OperationSummary::code).toList() + "."));
        }
    }

    @Command(name = "reset-password", mixinStandardHelpOptions = true,
            description = "Set a new password and unlock the account. Without --password-stdin one is generated and printed once.")
    static class ResetPassword extends CorridorCommand {

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Option(names = "--password-stdin", description = "read the new password from standard input")
        boolean passwordFromStdin;

        @Override
        public Integer call() throws IOException {
            String password = passwordFromStdin ? readLine() : UserAccounts.generatePassword();
            try (ConfigurableApplicationContext context = startCorridor()) {
                context.getBean(UserAccounts.class).resetPassword(username, password);
            }
            var out = out();
            out.println("Password of " + username + " reset; the account is unlocked.");
            if (!passwordFromStdin) {
                out.println("New password (shown once): " + password);
            }
            return 0;
        }
    }

    static String readLine() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password: ");
            return typed == null ? "" : new String(typed);
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? "" : line;
    }
}
