package dev.pointe.training.cli;

import dev.pointe.training.data.Dataset;
import dev.pointe.training.evaluation.EvaluationReport;
import dev.pointe.training.evaluation.EvaluationResult;
import dev.pointe.training.model.DirectoryModelWriter;
import dev.pointe.training.model.ModelBuilder;
import dev.pointe.training.model.TrainedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Learns complete-the-look, bought-together and similar-items lists for every catalogue item, evaluates them, "
                        + "and writes a model.",
                "",
                "1. Reads the catalogue and the interaction logs (views, carts, orders) and groups events into baskets.",
                "2. Evaluates the lists it publishes, as the service serves them, on held-out baskets against popularity and "
                        + "co-occurrence baselines, with 95%% intervals (skip with --no-evaluate).",
                "3. Trains on all data: item-item co-occurrence (every pair counted, down-sampled, top-K) and, per item, an "
                        + "estimate of what is bought with it that backs off to its product family and its category when its "
                        + "own data is thin, lifted by the attribute values bought together; three full lists per item.",
                "4. Writes the model directory: manifest.json (version = fingerprint of config and input checksums, counts, "
                        + "metrics), items.jsonl, complete-the-look.jsonl, bought-together.jsonl, similar.jsonl, evaluation.{json,md}.",
                "Same inputs and options give a byte-identical model. Settings: options, then --config FILE (see 'tune'), "
                        + "then the defaults.",
                "",
                "Examples:",
                "  train                  # the seed data in seeds/, model in target/model",
                "  train --catalog products.csv --catalog-format csv \\",
                "        --events events.jsonl.gz --events-format jsonl --item-col product_id \\",
                "        --user-col visitor --type-col action --time-col ts --basket-col session",
                "  train --preset hm-fashion --data ../shared/datasets/hm-fashion \\",
                "        --config target/tuned-settings.json",
                "",
                "Exit codes: 0 done, 1 unusable input (nothing written), 2 bad usage, 3 model not written, "
                        + "4 quality gate failed (--min-hr), 5 publish to Redis failed (nothing activated)."
        })
public final class TrainCommand implements Callable<Integer> {

    @Mixin
    InputOptions input = new InputOptions();
    @Mixin
    ModelOptions model = new ModelOptions();
    @Mixin
    EvaluationOptions evaluation = new EvaluationOptions();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/model",
            description = "The model directory; replaced as a whole, never half-written (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--as-of", paramLabel = "INSTANT",
            description = "The model's creation time (ISO-8601); default: the latest event time, to keep output reproducible.")
    Instant asOf;

    @Option(names = "--no-evaluate", description = "Skip the offline evaluation.")
    boolean noEvaluate;

    @Option(names = "--min-hr", paramLabel = "RATIO",
            description = "Quality gate: exit 4 unless pointe's HR@10 is at least RATIO x every baseline's on every split and protocol.")
    Double minHitRatio;

    @Option(names = "--no-progress", description = "No progress bars.")
    boolean noProgress;

    @Option(names = "--publish", description = "Also publish the model to Redis and activate it (see 'publish --help').")
    boolean publishToRedis;

    @Mixin
    RedisOptions redis = new RedisOptions();

    /** With --publish: the same options as the publish command. */
    @Mixin
    PublishCommand.PublishOptions publishing = new PublishCommand.PublishOptions();

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        Dataset data = Steps.load(input.spec(), !noProgress, System.out);
        List<EvaluationResult> results = noEvaluate ? List.of() : Steps.evaluate(data, model, evaluation, !noProgress, System.out);
        TrainedModel trained;
        try (Progress bar = Progress.start(!noProgress, "Training", 2L * data.catalog().size(), "items")) {
            trained = new ModelBuilder(model.cooccurrence(), model.looks()).build(data, asOf, results, bar.steps());
        }
        new DirectoryModelWriter(out).write(trained);
        if (!results.isEmpty()) {
            // timings vary from run to run; the model directory must not
            EvaluationReport.write(results.stream().map(EvaluationResult::withoutTimings).toList(), evaluation.mainK(), out, "evaluation");
        }
        Steps.summarise(results, evaluation.mainK(), System.out);
        var counts = trained.manifest().counts();
        System.out.printf(Locale.ROOT, "%nModel %s written to %s in %.1f s: %,d items, %,d complete-the-look and %,d similar entries, "
                        + "%,d items on attribute-based lists; %,.0f events/s, peak heap %,d MB.%n", trained.manifest().version(), out,
                (System.nanoTime() - t0) / 1e9, counts.get("items"), counts.get("completeTheLookEntries"),
                counts.get("similarEntries"), counts.get("itemsWithoutBehaviourData"),
                data.events() / ((System.nanoTime() - t0) / 1e9), PeakMemory.heapBytes() >> 20);
        int gate = gate(results);
        if (publishToRedis) {
            try (var store = redis.connect()) {
                PublishCommand.report(PublishCommand.publish(store, () -> trained, publishing.settings(), noProgress), store, System.out);
            }
        }
        return gate;
    }

    private int gate(List<EvaluationResult> results) {
        if (minHitRatio == null) return ExitCodes.OK;
        int k = evaluation.mainK();
        for (EvaluationResult r : results) {
            var pointe = r.method("pointe");
            if (pointe == null) continue;
            for (var m : r.methods()) {
                if (m != pointe && pointe.hitRate().get(k) < minHitRatio * m.hitRate().get(k)) {
                    System.err.printf(Locale.ROOT, "Quality gate failed: pointe HR@%d %.4f < %.2f x %s %.4f (%s split)%n", k,
                            pointe.hitRate().get(k), minHitRatio, m.method(), m.hitRate().get(k),
                            r.split().name().toLowerCase(Locale.ROOT) + " split, " + r.protocol().id() + " protocol");
                    return ExitCodes.QUALITY_GATE;
                }
            }
        }
        return ExitCodes.OK;
    }
}
