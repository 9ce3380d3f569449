package dev.pointe.bench;

import dev.pointe.training.data.Dataset;
import dev.pointe.training.data.DatasetLoader;
import dev.pointe.training.data.DatasetPresets;
import dev.pointe.training.evaluation.EvaluationReport;
import dev.pointe.training.evaluation.EvaluationResult;
import dev.pointe.training.evaluation.Evaluator;
import dev.pointe.training.evaluation.MethodResult;
import dev.pointe.training.evaluation.Protocol;
import dev.pointe.training.evaluation.RecommenderFactory;
import dev.pointe.training.evaluation.Split;
import dev.pointe.training.evaluation.SplitKind;
import dev.pointe.training.evaluation.Splitter;
import dev.pointe.training.evaluation.StandardMethods;
import dev.pointe.training.looks.LookConfig;
import dev.pointe.training.similarity.CooccurrenceConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Evaluates Pointe, its standard baselines and the Apache Mahout Taste variants of
 * {@link MahoutRecommenderFactory} on one dataset, split and protocol; prints the table, Pointe's ratios
 * to Mahout and to popularity at K = 10, and writes the JSON and Markdown report.
 *
 * <pre>
 * java -cp mahout-baseline-bench.jar dev.pointe.bench.CompareWithMahout --preset hm-fashion \
 *     --data ../shared/datasets/hm-fashion --split RANDOM --protocol CROSS_CATEGORY \
 *     [--max-cases 5000] [--seed 42] [--out bench/out]
 * </pre>
 */
public final class CompareWithMahout {

    static final String USAGE = "usage: CompareWithMahout --preset NAME --data DIR --split RANDOM|TEMPORAL|LEAVE_ONE_OUT"
            + " --protocol NEXT_ITEM|CROSS_CATEGORY [--max-cases N] [--seed 42] [--out bench/out]\n  presets: "
            + DatasetPresets.NAMES;
    private static final int MAIN_K = 10;
    private static final double TEST_FRACTION = 0.2;

    private CompareWithMahout() {
    }

    public static void main(String[] argv) {
        Args args;
        try {
            args = new Args(argv, Set.of("preset", "data", "split", "protocol", "max-cases", "seed", "out"), USAGE);
            run(args.required("preset", USAGE), Path.of(args.required("data", USAGE)),
                    SplitKind.valueOf(args.required("split", USAGE).toUpperCase(Locale.ROOT)),
                    Protocol.parse(args.required("protocol", USAGE)),
                    args.getInt("max-cases", 5000), args.getLong("seed", 42), Path.of(args.get("out", "bench/out")));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    static void run(String preset, Path data, SplitKind kind, Protocol protocol, int maxCases, long seed, Path outDir) {
        long t0 = System.nanoTime();
        Dataset dataset = new DatasetLoader().load(DatasetPresets.named(preset, data, 0.1), n -> { });
        String name = preset;
        Split split = new Splitter(TEST_FRACTION, seed, maxCases).split(dataset.baskets(), dataset.catalog(), kind, protocol);
        System.out.printf(Locale.ROOT, "%n== %s: %s split, %s protocol: %,d baskets, %,d items, %,d training baskets, %,d cases"
                        + " (max %,d), seed %d, loaded in %.1f s%n", name, kind, protocol, dataset.baskets().size(),
                dataset.catalog().size(), split.training().size(), split.cases().size(), maxCases, seed,
                (System.nanoTime() - t0) / 1e9);

        List<RecommenderFactory> methods = new ArrayList<>(StandardMethods.of(protocol, CooccurrenceConfig.defaults(), LookConfig.defaults()));
        List<MahoutRecommenderFactory> mahout = MahoutRecommenderFactory.forProtocol(protocol);
        methods.addAll(mahout);
        EvaluationResult result = new Evaluator(List.of(1, 5, 10, 20)).evaluate(name, seed, split, dataset.catalog(), methods, n -> { });

        System.out.println();
        System.out.print(EvaluationReport.table(result, MAIN_K));
        System.out.println();
        System.out.println("Mahout answers (lists: questions; tied: lists of >= 2 items with one estimate for all; all-1.0: every estimate"
                + " exactly 1.0; anti-correlated: co-occurring (item, seed) pairs seen together less often than chance):");
        for (MahoutRecommenderFactory m : mahout) {
            MahoutRecommenderFactory.Diagnostics d = m.diagnostics();
            System.out.printf(Locale.ROOT, "  %-36s lists %,d, empty %,d (%.1f%%), mean length %.2f, tied %,d (%.1f%%), all-1.0 %,d (%.1f%%),"
                            + " failures %d, anti-correlated pairs %,d of %,d (%.1f%%), answering %.1f s%n",
                    m.name(), d.lists(), d.empty(), pct(d.empty(), d.lists()), (double) d.items() / Math.max(1, d.lists()),
                    d.allTied(), pct(d.allTied(), d.lists()), d.allOne(), pct(d.allOne(), d.lists()), d.failures(),
                    d.antiPairs(), d.pairs(), pct(d.antiPairs(), d.pairs()), d.seconds());
        }

        System.out.printf(Locale.ROOT, "%nRatios at K=%d (HR, NDCG):%n", MAIN_K);
        List<String> denominators = new ArrayList<>();
        mahout.forEach(m -> denominators.add(m.name()));
        for (MethodResult m : result.methods()) if (!m.method().equals("pointe") && !m.method().startsWith("mahout")) denominators.add(m.method());
        MethodResult pointe = result.method("pointe");
        for (String d : denominators) {
            MethodResult other = result.method(d);
            if (other == null || pointe == null) continue;
            System.out.printf(Locale.ROOT, "  pointe / %-36s HR %s   NDCG %s%n", d + ":",
                    ratio(pointe.hitRate().get(MAIN_K), other.hitRate().get(MAIN_K)),
                    ratio(pointe.ndcg().get(MAIN_K), other.ndcg().get(MAIN_K)));
        }

        System.out.println();
        System.out.println("Issue targets:");
        if (protocol == Protocol.CROSS_CATEGORY) {
            if (preset.startsWith("hm-fashion")) target(result, "cooccurrence-count-other-categories", 1.25);
            target(result, "mahout-llr-boolean-other-categories", 1.0);
        } else if (protocol == Protocol.NEXT_ITEM) {
            if (preset.equals("brijs-retail")) target(result, "popularity", 1.1);
            target(result, "mahout-llr-boolean", 1.0);
        }

        String base = name + "-" + kind.name().toLowerCase(Locale.ROOT) + "-" + protocol.id();
        EvaluationReport.write(List.of(result), MAIN_K, outDir, base);
        System.out.printf(Locale.ROOT, "%nreport: %s/%s.{json,md}; total %.1f s%n", outDir, base, (System.nanoTime() - t0) / 1e9);
    }

    private static void target(EvaluationResult result, String baseline, double factor) {
        MethodResult pointe = result.method("pointe");
        MethodResult other = result.method(baseline);
        if (pointe == null || other == null) return;
        double p = pointe.hitRate().get(MAIN_K);
        double o = other.hitRate().get(MAIN_K);
        boolean met = p >= factor * o;
        System.out.printf(Locale.ROOT, "  pointe HR@%d >= %.2f x %s: %.4f vs %.2f x %.4f = %.4f (ratio %s) -> %s%n", MAIN_K, factor,
                baseline, p, factor, o, factor * o, ratio(p, o),
                !met ? "NOT MET" : o == 0 ? "MET, but only because " + baseline + " scored 0" : "MET");
    }

    private static String ratio(double a, double b) {
        if (b == 0) return a == 0 ? "n/a (both 0)" : "inf (baseline 0)";
        return String.format(Locale.ROOT, "%.2fx", a / b);
    }

    private static double pct(long part, long whole) {
        return 100.0 * part / Math.max(1, whole);
    }
}
