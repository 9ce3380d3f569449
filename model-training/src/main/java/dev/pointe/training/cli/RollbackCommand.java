package dev.pointe.training.cli;

import dev.pointe.training.publish.ModelRegistry;
import dev.pointe.training.publish.RedisModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

@Command(name = "rollback", mixinStandardHelpOptions = true,
        description = {"Goes back to the previously active complete version, in one atomic step; repeat to go further back.",
                "Exit codes: 0 done, 5 nothing to roll back to or refused."})
public final class RollbackCommand implements Callable<Integer> {

    @Mixin
    RedisOptions redis = new RedisOptions();

    @Override
    public Integer call() {
        try (RedisModelStore store = redis.connect()) {
            ModelRegistry registry = new ModelRegistry(store);
            String was = registry.rollback();
            System.out.printf("Rolled back from %s to %s.%n", was == null ? "none" : was, registry.active());
        }
        return ExitCodes.OK;
    }
}
