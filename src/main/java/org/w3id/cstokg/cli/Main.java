package org.w3id.cstokg.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.w3id.cstokg.KgException;
import org.w3id.cstokg.store.StoreCleanup;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kg} command line: the one place that turns outcomes into exit codes (through
 * {@link ExitCodes}). Add a subcommand by listing its class in {@code subcommands}.
 * Usage: {@code java -jar csto-kg.jar build}
 */
@Command(name = "kg", mixinStandardHelpOptions = true, version = "csto-kg 0.1.0",
        description = "Builds, checks and serves the csto-kg knowledge graph.",
        subcommands = {BuildCommand.class, ValidateCommand.class, QueryCommand.class, AuditCommand.class,
                PublishCommand.class, ExportCommand.class, ServeCommand.class, GenerateCommand.class})
public final class Main implements Callable<Integer> {
    /** Lucene logs through java.util.logging; its start-up notes (vector API) are not the user's concern. */
    private static final java.util.logging.Logger LUCENE = java.util.logging.Logger.getLogger("org.apache.lucene");

    static {
        LUCENE.setLevel(java.util.logging.Level.SEVERE);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * The root of a run whose first argument names its command: only that command is built under
     * it, since picocli's model of the seven others cost some 50 ms of CPU at every start. It is
     * never called (its command is), and usage messages still read {@code kg serve ...}.
     */
    @Command(name = "kg")
    static final class OneCommand {}

    /** No subcommand given: that is a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("kg: missing command");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.of(Outcome.USAGE);
    }

    /** The configured command line with every subcommand. */
    public static CommandLine commandLine() {
        return configure(new CommandLine(new Main()));
    }

    /**
     * The configured command line for a run with these arguments: the one subcommand the first
     * argument names under {@link OneCommand}, or else every subcommand (for {@code --help}, a
     * missing command, or suggestions after a typo).
     */
    static CommandLine commandLine(String... args) {
        if (args.length > 0) {
            for (Class<?> command : Main.class.getAnnotation(Command.class).subcommands()) {
                if (command.getAnnotation(Command.class).name().equals(args[0])) {
                    return configure(new CommandLine(new OneCommand()).addSubcommand(command));
                }
            }
        }
        return commandLine();
    }

    private static CommandLine configure(CommandLine commandLine) {
        return commandLine.setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(Main::usageError)
                .setExecutionExceptionHandler(Main::failure);
    }

    /**
     * Runs {@code kg} with these arguments and answers the exit code, without exiting. First
     * removes what killed builds left in the store folder the command names ({@code --out},
     * {@code --db}, else {@code target/kg}).
     */
    public static int run(String... args) {
        try {
            StoreCleanup.clean(storeRoot(args));
        } catch (InvalidPathException e) {
            // not a path: the command's own option parsing says so
        }
        return commandLine(args).execute(args);
    }

    /** The store folder named by {@code --out DIR}, {@code --db DIR} or their {@code =} forms, else {@code target/kg}. */
    static Path storeRoot(String... args) {
        for (int i = 0; i < args.length; i++) {
            for (String option : List.of("--out", "--db")) {
                if (args[i].equals(option) && i + 1 < args.length) return Path.of(args[i + 1]);
                if (args[i].startsWith(option + "=")) return Path.of(args[i].substring(option.length() + 1));
            }
        }
        return Path.of("target", "kg");
    }

    public static void main(String[] args) { System.exit(run(args)); }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println("kg: " + e.getMessage());
        if (!printNearest(e, cmd)) CommandLine.UnmatchedArgumentException.printSuggestions(e, cmd.getErr());
        cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCodes.of(Outcome.USAGE);
    }

    /**
     * For an unknown option or command, prints the nearest ones ({@link NameSuggestions}) if there
     * are any, hidden ones left out as picocli does, and says whether it did; picocli's own
     * suggestions are the fallback.
     */
    private static boolean printNearest(CommandLine.ParameterException e, CommandLine cmd) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) return false;
        String typed = unmatched.getUnmatched().get(0);
        if (unmatched.isUnknownOption()) {
            List<String> shown = cmd.getCommandSpec().options().stream().filter(o -> !o.hidden())
                    .flatMap(o -> Arrays.stream(o.names())).toList();
            List<String> nearest = NameSuggestions.nearest(typed, shown);
            if (nearest.isEmpty()) return false;
            cmd.getErr().println("Possible solutions: " + String.join(", ", nearest));
            return true;
        }
        if (cmd.getSubcommands().isEmpty()) return false;
        List<String> commands = cmd.getSubcommands().entrySet().stream()
                .filter(c -> !c.getValue().getCommandSpec().usageMessage().hidden()).map(Map.Entry::getKey).toList();
        List<String> nearest = NameSuggestions.nearest(typed, commands);
        if (nearest.isEmpty()) return false;
        String name = cmd.getCommandSpec().qualifiedName();
        cmd.getErr().println("Did you mean: " + String.join(" or ", nearest.stream().map(n -> name + " " + n).toList()) + "?");
        return true;
    }

    private static int failure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) throws Exception {
        if (!(e instanceof KgException)) throw e;
        cmd.getErr().println(e.getMessage());
        return ExitCodes.of(Outcome.FAILED);
    }
}
