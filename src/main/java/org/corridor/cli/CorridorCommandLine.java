package org.corridor.cli;

import java.util.List;
import org.corridor.CorridorApplication;
import org.springframework.beans.BeansException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code corridor SUBCOMMAND ...}: the same jar as the server, without the web server. */
@Command(name = "corridor", mixinStandardHelpOptions = true, versionProvider = CorridorCommandLine.Version.class,
        description = "Corridor's command line. With no subcommand, the jar starts the web server.",
        subcommands = {UsersCommand.class, TokensCommand.class, AuditCommand.class, DemoCommand.class,
                ImportCommand.class})
public class CorridorCommandLine extends CommandGroup {

    /** A first argument that is not an option (such as {@code --server.port=8081}) names a command. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (!args[0].startsWith("-") || args[0].equals("--help") || args[0].equals("-h")
                || args[0].equals("--version") || args[0].equals("-V"));
    }

    public static int execute(String[] args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new CorridorCommandLine());
        commandLine.setExecutionExceptionHandler((exception, cl, parseResult) -> {
            cl.getErr().println(cl.getColorScheme().errorText(rootMessage(exception)));
            return 1;
        });
        return commandLine;
    }

    /** What went wrong, without the layers of "Error creating bean ..." that Spring wraps a failed start in. */
    private static String rootMessage(Throwable exception) {
        Throwable cause = exception;
        while (cause.getCause() != null && (cause.getMessage() == null || cause instanceof BeansException)) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.toString();
    }

    /**
     * Starts Corridor without a web server, on the running server's database when one runs on the
     * same data directory. {@code springOptions} are passed through ({@code --spring.datasource.url=...}).
     */
    static ConfigurableApplicationContext start(List<String> springOptions) {
        return new SpringApplicationBuilder(CorridorApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                // A failed start is reported once, as a line on stderr, not as Spring's stack trace. Commands speak in
                // sentences; what the log says (a failed import's database error, with its stack) goes to the log file
                // under CORRIDOR_HOME only, not to the terminal.
                .properties("corridor.join-running-database=true", "logging.level.root=WARN",
                        "logging.threshold.console=OFF",
                        "logging.level.org.corridor=WARN", "logging.level.org.springframework.boot.SpringApplication=OFF",
                        "logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext=ERROR",
                        "spring.main.banner-mode=off")
                .run(springOptions.toArray(String[]::new));
    }

    static class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = CorridorCommandLine.class.getPackage().getImplementationVersion();
            return new String[] {"Corridor " + (version == null ? "(development build)" : version)};
        }
    }
}
