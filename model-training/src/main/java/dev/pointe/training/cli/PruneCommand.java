package dev.pointe.training.cli;

import dev.pointe.training.publish.ModelRegistry;
import dev.pointe.training.publish.RedisModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "prune", mixinStandardHelpOptions = true,
        description = "Deletes old versions with UNLINK (non-blocking): keeps the N newest complete versions, and always "
                + "the active and the previous one; removes half-written versions left by publishes that died.")
public final class PruneCommand implements Callable<Integer> {

    @Option(names = "--keep", defaultValue = "3", description = "Complete versions to keep (default: ${DEFAULT-VALUE}).")
    int keep;

    @Mixin
    RedisOptions redis = new RedisOptions();

    @Override
    public Integer call() {
        try (RedisModelStore store = redis.connect()) {
            ModelRegistry.PruneResult result = new ModelRegistry(store).prune(keep);
            System.out.printf("Removed %d version(s) %s, %,d keys unlinked.%n", result.removedVersions().size(),
                    result.removedVersions(), result.removedKeys());
        }
        return ExitCodes.OK;
    }
}
