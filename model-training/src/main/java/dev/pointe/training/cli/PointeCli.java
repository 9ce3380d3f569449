package dev.pointe.training.cli;

import dev.pointe.training.io.InputException;
import dev.pointe.training.publish.PublishException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.UncheckedIOException;

/** The {@code pointe-training} command line: generate, train, evaluate. */
@Command(name = "pointe-training", mixinStandardHelpOptions = true, version = "Pointe model training 0.1.0",
        subcommands = {GenerateCommand.class, TrainCommand.class, EvaluateCommand.class, TuneCommand.class, PublishCommand.class,
                ActivateCommand.class, RollbackCommand.class, VersionsCommand.class, PruneCommand.class, ExportEventsCommand.class, ExperimentCommand.class, SimulateShoppersCommand.class,
                CommandLine.HelpCommand.class},
        description = {
                "Pointe's offline trainer: from a product catalogue and interaction logs to evaluated "
                        + "complete-the-look and similar-items lists.",
                "",
                "  Start with:  train        trains on the seed data in seeds/ and evaluates it",
                "  Then:        help train   how to train on your own catalogue and events",
                "  Tune:        tune         searches the settings that suit your data best",
                "  Redis:       publish, activate, rollback, versions, prune",
                "               (the Redis of REDIS_URL or --redis)"
        })
public final class PointeCli {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (see {@link ExitCodes}). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new PointeCli());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InputException) {
                commandLine.getErr().println("Input error: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            if (e instanceof IllegalArgumentException) {
                commandLine.getErr().println("Invalid option: " + e.getMessage());
                commandLine.getErr().println("See '" + commandLine.getCommandSpec().qualifiedName() + " --help'.");
                return ExitCodes.USAGE;
            }
            if (e instanceof PublishException) {
                commandLine.getErr().println("Redis error: " + e.getMessage());
                return ExitCodes.REDIS_FAILED;
            }
            if (e instanceof UncheckedIOException) {
                commandLine.getErr().println("Output error: " + e.getMessage());
                return ExitCodes.OUTPUT_FAILED;
            }
            throw e;
        });
        return cli.execute(args);
    }
}
