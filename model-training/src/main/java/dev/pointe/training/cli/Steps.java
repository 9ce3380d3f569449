package dev.pointe.training.cli;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.data.Dataset;
import dev.pointe.training.data.DatasetLoader;
import dev.pointe.training.data.DatasetSpec;
import dev.pointe.training.evaluation.EvaluationResult;
import dev.pointe.training.evaluation.Evaluator;
import dev.pointe.training.evaluation.Protocol;
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
        Catalog catalog = data.catalog();
        Protocol protocol = options.protocol(catalog.categories().size() > 1);
        Splitter splitter = new Splitter(options.testFraction, model.seed, options.maxCases);
        Evaluator evaluator = new Evaluator(options.ks);
        List<EvaluationResult> results = new ArrayList<>();
        for (SplitKind kind : options.splitKinds()) {
            Split split = splitter.split(data.baskets(), catalog, kind, protocol);
            var methods = StandardMethods.of(protocol, model.cooccurrence(), model.looks());
            EvaluationResult result;
            try (Progress bar = Progress.start(progress, "Evaluating " + kind.name().toLowerCase(Locale.ROOT),
                    (long) split.cases().size() * methods.size(), "cases")) {
                result = evaluator.evaluate(data.name(), model.seed, split, catalog, methods, bar.steps());
            }
            results.add(result);
        }
        return results;
    }

    /** The one-screen summary: one table per split, and Pointe's lift over each baseline. */
    static void summarise(List<EvaluationResult> results, int k, PrintStream out) {
        for (EvaluationResult r : results) {
            out.printf(Locale.ROOT, "%nEvaluation: %s split, %s protocol, %,d cases%n", r.split().name().toLowerCase(Locale.ROOT),
                    r.protocol().name().toLowerCase(Locale.ROOT).replace('_', '-'), r.cases());
            out.print(dev.pointe.training.evaluation.EvaluationReport.table(r, k));
            var pointe = r.method("pointe");
            if (pointe == null) continue;
            for (var m : r.methods()) {
                if (m == pointe) continue;
                double base = m.hitRate().get(k);
                out.printf(Locale.ROOT, "  pointe vs %-28s HR@%d x%s   NDCG@%d x%s%n", m.method() + ":", k,
                        ratio(pointe.hitRate().get(k), base), k, ratio(pointe.ndcg().get(k), m.ndcg().get(k)));
            }
        }
    }

    private static String ratio(double a, double b) {
        return b == 0 ? "inf" : String.format(Locale.ROOT, "%.2f", a / b);
    }
}
