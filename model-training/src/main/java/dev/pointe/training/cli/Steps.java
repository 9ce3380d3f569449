package dev.pointe.training.cli;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.data.Dataset;
import dev.pointe.training.data.DatasetLoader;
import dev.pointe.training.data.DatasetSpec;
import dev.pointe.training.evaluation.EvaluationResult;
import dev.pointe.training.evaluation.Evaluator;
import dev.pointe.training.evaluation.Protocol;
import dev.pointe.training.tuning.ModelSettings;
import dev.pointe.training.evaluation.Split;
import dev.pointe.training.evaluation.SplitKind;
import dev.pointe.training.evaluation.Splitter;
import dev.pointe.training.evaluation.StandardMethods;
import dev.pointe.training.io.InputReport;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The steps train and evaluate share: loading with a summary, and evaluating every split. */
final class Steps {

    private Steps() {
    }

    static Dataset load(DatasetSpec spec, boolean progress, PrintStream out) {
        long t0 = System.nanoTime();
        Dataset data;
        try (Progress bar = Progress.start(progress, "Reading", -1, "records")) {
            data = new DatasetLoader().load(spec, bar.done());
        }
        for (InputReport report : data.reports()) report.describe().forEach(out::println);
        out.printf(Locale.ROOT, "Loaded %s: %,d products in %,d categories, %,d events by %,d shoppers in %,d baskets (%,d item occurrences) in %.1f s%n",
                data.name(), data.catalog().size(), data.catalog().categories().size(), data.events(), data.users(),
                data.baskets().size(), data.baskets().occurrences(), (System.nanoTime() - t0) / 1e9);
        return data;
    }

    static List<EvaluationResult> evaluate(Dataset data, ModelOptions model, EvaluationOptions options, boolean progress,
                                           PrintStream out) {
        return evaluate(data, model.settings(), options, progress);
    }

    static List<EvaluationResult> evaluate(Dataset data, ModelSettings settings, EvaluationOptions options, boolean progress) {
        Catalog catalog = data.catalog();
        long seed = settings.cooccurrence().seed();
        Splitter splitter = new Splitter(options.testFraction, seed, options.maxCases);
        Evaluator evaluator = new Evaluator(options.ks);
        List<EvaluationResult> results = new ArrayList<>();
        for (SplitKind kind : options.splitKinds()) {
            for (Protocol protocol : options.protocols(catalog.categories().size() > 1)) {
                Split split = splitter.split(data.baskets(), catalog, kind, protocol);
                var methods = StandardMethods.of(protocol, settings.cooccurrence(), settings.looks());
                EvaluationResult result;
                try (Progress bar = Progress.start(progress, "Evaluating " + kind.name().toLowerCase(Locale.ROOT) + " " + protocol.id(),
                        (long) split.cases().size() * methods.size(), "cases")) {
                    result = evaluator.evaluate(data.name(), seed, split, catalog, methods, bar.steps());
                }
                results.add(result);
            }
        }
        return results;
    }

    /** The one-screen summary: one table per split and protocol, and Pointe's lift over each baseline with its interval. */
    static void summarise(List<EvaluationResult> results, int k, PrintStream out) {
        for (EvaluationResult r : results) {
            out.printf(Locale.ROOT, "%nEvaluation: %s split, %s protocol (%s), %,d cases%n", r.split().name().toLowerCase(Locale.ROOT),
                    r.protocol().id(), r.protocol().description(), r.cases());
            out.print(dev.pointe.training.evaluation.EvaluationReport.table(r, k));
            for (var c : r.comparisons()) {
                out.printf(Locale.ROOT, "  pointe vs %-38s HR@%d x%s [%s, %s]   NDCG@%d x%s [%s, %s]%n", c.baseline() + ":", c.k(),
                        ratio(c.hitRateRatio()), ratio(c.hitRateRatioInterval().low()), ratio(c.hitRateRatioInterval().high()), c.k(),
                        ratio(c.ndcgRatio()), ratio(c.ndcgRatioInterval().low()), ratio(c.ndcgRatioInterval().high()));
            }
        }
    }

    private static String ratio(double r) {
        return Double.isInfinite(r) ? "inf" : String.format(Locale.ROOT, "%.2f", r);
    }

}
