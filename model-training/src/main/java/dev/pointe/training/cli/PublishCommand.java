package dev.pointe.training.cli;

import dev.pointe.training.model.ModelDirectoryReader;
import dev.pointe.training.model.TrainedModel;
import dev.pointe.training.publish.PublishResult;
import dev.pointe.training.publish.PublishSettings;
import dev.pointe.training.publish.RedisModelStore;
import dev.pointe.training.publish.RedisModelWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

@Command(name = "publish", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Publishes a trained model directory to Redis and makes it the active version.",
                "",
                "Writes every key under the new version (pipelined), verifies the key count and records a checksum, "
                        + "marks the version complete, then switches the active pointer in one atomic step and announces it on "
                        + "the pointe:model:events channel. Services see the new model within a second, without a restart.",
                "",
                "A publish that dies half-way leaves the active version serving; the half-written version is never "
                        + "activated and 'prune' removes it. Only one publish runs at a time (a lock with an expiry), taken before "
                        + "the model directory is read: a publish that finds it held fails at once, saying how long it has left.",
                "",
                "Examples:",
                "  publish --model target/model",
                "  REDIS_URL=rediss://:secret@redis.example:6380/2 \\",
                "      publish --model target/model --no-activate",
                "",
                "Exit codes: 0 done, 1 unreadable model directory, 2 bad usage, 5 Redis failed or refused (nothing activated)."
        })
public final class PublishCommand implements Callable<Integer> {

    @Option(names = "--model", paramLabel = "DIR", defaultValue = "target/model",
            description = "The model directory written by 'train' (default: ${DEFAULT-VALUE}).")
    Path model;

    @Mixin
    RedisOptions redis = new RedisOptions();

    @Mixin
    PublishOptions publish = new PublishOptions();

    @Option(names = "--no-progress", description = "No progress bars.")
    boolean noProgress;

    @Override
    public Integer call() {
        ModelDirectoryReader reader = new ModelDirectoryReader();
        reader.readManifest(model); // a wrong --model fails at once, without Redis
        try (RedisModelStore store = redis.connect()) {
            // the lock is taken before the model is read: a publish that cannot run fails at once, not after the read
            report(publish(store, () -> reader.read(model), publish.settings(), noProgress), store, System.out);
        }
        return ExitCodes.OK;
    }

    /**
     * Publishes the model that {@code model} supplies, asking for it only once the publish lock is held
     * (see {@link RedisModelWriter#publish(Supplier)}).
     */
    static PublishResult publish(RedisModelStore store, Supplier<TrainedModel> model, PublishSettings settings, boolean noProgress) {
        try (Progress bar = Progress.start(!noProgress, "Publishing", 0, "keys")) {
            return new RedisModelWriter(store, settings, Clock.systemUTC(), bar.done()).publish(() -> {
                TrainedModel trained = model.get();
                bar.total(trained.products().size() * 4L + 1); // item, three lists per product, and the popular lists
                return trained;
            });
        }
    }

    static void report(PublishResult r, RedisModelStore store, PrintStream out) {
        if (r.alreadyPresent()) {
            out.printf("Version %s was already complete in %s; nothing rewritten.%n", r.version(), store.where());
        } else {
            out.printf(Locale.ROOT, "Published %s to %s: %,d keys, %,.1f MB in %.2f s (%,.0f keys/s), verified.%n", r.version(),
                    store.where(), r.keys(), r.bytes() / 1e6, r.seconds(), r.keys() / Math.max(1e-9, r.seconds()));
        }
        if (r.activated()) {
            out.printf("Active version: %s (previous: %s). Undo with 'rollback'.%n", r.version(), r.previous() == null ? "none" : r.previous());
        } else {
            out.printf("Not activated; activate with 'activate %s'.%n", r.version());
        }
    }

    /** Publish settings shared by publish and train --publish. */
    static final class PublishOptions {
        @Option(names = "--no-activate", description = "Write and verify, but leave the active version as it is.")
        boolean noActivate;

        @Option(names = "--lock-wait", paramLabel = "DURATION", defaultValue = "PT0S",
                description = "Wait this long (ISO-8601, e.g. PT2M) for another publish to finish instead of failing at once.")
        Duration lockWait;

        @Option(names = "--lock-ttl", paramLabel = "DURATION", defaultValue = "PT30S",
                description = "Expiry of the publish lock, renewed while the model is read and written; a killed publisher frees it "
                        + "after this (default: 30 s).")
        Duration lockTtl;

        @Option(names = "--batch-size", defaultValue = "2000", description = "SETs per pipelined batch (default: ${DEFAULT-VALUE}).")
        int batchSize;

        PublishSettings settings() {
            PublishSettings d = PublishSettings.defaults();
            return new PublishSettings(batchSize, d.inFlight(), lockTtl, lockWait, !noActivate);
        }
    }
}
