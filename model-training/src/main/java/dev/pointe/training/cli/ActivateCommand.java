package dev.pointe.training.cli;

import dev.pointe.training.publish.ModelRegistry;
import dev.pointe.training.publish.RedisModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "activate", mixinStandardHelpOptions = true,
        description = {"Makes a complete version the one served, atomically, and announces it to the services.",
                "Refuses a version that is missing or whose publish did not complete. Exit codes: 0 done, 5 refused."})
public final class ActivateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "VERSION", description = "The version id (see 'versions').")
    String version;

    @Mixin
    RedisOptions redis = new RedisOptions();

    @Override
    public Integer call() {
        try (RedisModelStore store = redis.connect()) {
            String previous = new ModelRegistry(store).activate(version);
            System.out.printf("Active version: %s (previous: %s).%n", version, previous == null ? "none" : previous);
        }
        return ExitCodes.OK;
    }
}
