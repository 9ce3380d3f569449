package dev.pointe.training.cli;

import dev.pointe.training.data.Dataset;
import dev.pointe.training.evaluation.EvaluationResult;
import dev.pointe.training.evaluation.Evaluator;
import dev.pointe.training.evaluation.Protocol;
import dev.pointe.training.evaluation.PublishedLists;
import dev.pointe.training.evaluation.Split;
import dev.pointe.training.evaluation.SplitKind;
import dev.pointe.training.evaluation.Splitter;
import dev.pointe.training.evaluation.StandardMethods;
import dev.pointe.training.tuning.ModelSettings;
import dev.pointe.training.tuning.Tuner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "tune", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Searches the list settings that make the published lists best on your data, and writes them to a file.",
                "",
                "Holds out test baskets as 'evaluate' does (same seed, same split), then carves validation splits out of the "
                        + "training part and scores every trial's published lists, as served, on the validation cases only. "
                        + "Settings given as options (e.g. --diversity 0.9) are kept; the others are searched. "
                        + "Seeded random search, then a local search around the best, until --trials or --max-time is spent. "
                        + "Each trial is printed. At the end the best settings and the starting ones are both scored on the "
                        + "test cases, and the best are written to --out, which 'train --config' and 'evaluate --config' read.",
                "",
                "Examples:",
                "  tune --preset hm-fashion --data ../shared/datasets/hm-fashion --max-time 10m",
                "  train --preset hm-fashion --data ../shared/datasets/hm-fashion \\",
                "        --config target/tuned-settings.json",
                "",
                "Exit codes: 0 done, 1 unusable input, 2 bad usage, 3 settings file not written."
        })
public final class TuneCommand implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Mixin
    InputOptions input = new InputOptions();
    @Mixin
    ModelOptions model = new ModelOptions();
    @Mixin
    EvaluationOptions evaluation = new EvaluationOptions();

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "target/tuned-settings.json",
            description = "Where the best settings go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--max-time", paramLabel = "DURATION", defaultValue = "10m",
            description = "Time budget for the trials, e.g. 90s, 10m, 1h (default: ${DEFAULT-VALUE}); the final test scoring comes after it.")
    String maxTime;

    @Option(names = "--trials", defaultValue = "200", description = "At most this many trials (default: ${DEFAULT-VALUE}).")
    int maxTrials;

    @Option(names = "--validation-cases", defaultValue = "5000",
            description = "Validation cases per protocol and fold (default: ${DEFAULT-VALUE}).")
    int validationCases;

    @Option(names = "--folds", defaultValue = "2",
            description = "Validation splits every trial is scored on (less noise, more time per trial) (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--no-progress", description = "No progress bar.")
    boolean noProgress;

    @Override
    public Integer call() {
        Duration budget = duration(maxTime);
        if (maxTrials < 1) throw new IllegalArgumentException("--trials must be at least 1");
        Dataset data = Steps.load(input.spec(), !noProgress, System.out);
        ModelSettings start = model.settings();
        boolean categorised = data.catalog().categories().size() > 1;
        // tune for the protocol the lists are for: complete the look, or bought together without categories
        List<Protocol> protocols = evaluation.protocols.isEmpty()
                ? List.of(categorised ? Protocol.CROSS_CATEGORY : Protocol.NEXT_ITEM)
                : evaluation.protocols(categorised);
        int k = evaluation.mainK();
        long seed = start.cooccurrence().seed();
        Splitter splitter = new Splitter(evaluation.testFraction, seed, evaluation.maxCases);
        SplitKind kind = evaluation.splitKinds().get(0);
        Split outer = splitter.split(data.baskets(), data.catalog(), kind, protocols.get(0));
        Tuner tuner = new Tuner(outer.training(), data.catalog(), protocols, k, seed, folds, validationCases, model.given());
        System.out.printf(Locale.ROOT, "%nTuning for HR@%d on %s: %d random validation split(s) of the training part (seeds %d..%d); "
                        + "budget %s, at most %d trials%s%n", k, protocols.stream().map(Protocol::id).toList(), folds, seed + 1, seed + folds,
                maxTime, maxTrials, model.given().isEmpty() ? "" : "; kept as given: " + model.given());
        Tuner.Result result;
        try (Progress bar = Progress.start(!noProgress, "Tuning", maxTrials, "trials")) {
            result = tuner.run(start, maxTrials, budget.toNanos(), System::nanoTime, t -> {
                System.out.printf(Locale.ROOT, "trial %3d  HR@%d %.4f  NDCG@%d %.4f  %5.1f s  %s%n", t.number(), k, t.objective(), k,
                        t.ndcg(), t.seconds(), t.changes().isEmpty() ? "(starting settings)" : t.changes());
                bar.steps().accept(1);
            });
        }
        Tuner.Trial best = result.best();
        System.out.printf(Locale.ROOT, "%nBest of %d trials on %,d validation cases: trial %d, HR@%d %.4f (starting settings %.4f)%n  %s%n",
                result.trials().size(), result.validationCases(), best.number(), k, best.objective(), result.trials().get(0).objective(),
                best.changes().isEmpty() ? "the starting settings" : best.changes());

        // the test cases, seen for the first time: best against the starting settings
        System.out.printf(Locale.ROOT, "%nOn the test cases (%s split, never seen by the search):%n", kind.name().toLowerCase(Locale.ROOT));
        Map<String, Object> test = new LinkedHashMap<>();
        Evaluator evaluator = new Evaluator(List.of(k));
        for (Protocol protocol : protocols) {
            Split split = splitter.split(data.baskets(), data.catalog(), kind, protocol);
            EvaluationResult startResult = evaluator.evaluate(data.name(), seed, split, data.catalog(),
                    List.of(new PublishedLists(start.cooccurrence(), start.looks())), n -> { });
            List<dev.pointe.training.evaluation.RecommenderFactory> methods = new ArrayList<>(
                    StandardMethods.of(protocol, best.settings().cooccurrence(), best.settings().looks()));
            EvaluationResult bestResult = evaluator.evaluate(data.name(), seed, split, data.catalog(), methods, n -> { });
            double hrStart = startResult.method(PublishedLists.NAME).hitRate().get(k);
            double hrBest = bestResult.method(PublishedLists.NAME).hitRate().get(k);
            System.out.printf(Locale.ROOT, "  %s (%,d cases): tuned HR@%d %.4f, starting settings %.4f (x%.3f)%n", protocol.id(),
                    split.cases().size(), k, hrBest, hrStart, hrStart == 0 ? Double.NaN : hrBest / hrStart);
            System.out.print(dev.pointe.training.evaluation.EvaluationReport.table(bestResult, k).indent(4));
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("cases", split.cases().size());
            p.put("tuned", hrBest);
            p.put("starting", hrStart);
            test.put(protocol.id(), p);
        }

        Map<String, Object> file = new LinkedHashMap<>();
        file.put("settings", best.settings().toMap());
        Map<String, Object> how = new LinkedHashMap<>();
        how.put("dataset", data.name());
        how.put("objective", "HR@" + k + " " + protocols.stream().map(Protocol::id).toList());
        how.put("validation", best.objective());
        how.put("startingValidation", result.trials().get(0).objective());
        how.put("trials", result.trials().size());
        how.put("test", test);
        file.put("tuning", how);
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.writeString(out, JSON.writeValueAsString(file) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        System.out.println("\nSettings written to " + out + "; use them with: train --config " + out);
        return ExitCodes.OK;
    }

    /** 90s, 10m, 1h, or an ISO-8601 duration. */
    static Duration duration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.matches("\\d+(\\.\\d+)?(ms|s|m|h)")) {
                String unit = t.replaceAll("[\\d.]", "");
                double v = Double.parseDouble(t.substring(0, t.length() - unit.length()));
                double seconds = switch (unit) {
                    case "ms" -> v / 1000;
                    case "s" -> v;
                    case "m" -> v * 60;
                    default -> v * 3600;
                };
                return Duration.ofMillis(Math.round(seconds * 1000));
            }
            return Duration.parse(text.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--max-time must be a duration such as 90s, 10m or 1h, was '" + text + "'");
        }
    }
}
