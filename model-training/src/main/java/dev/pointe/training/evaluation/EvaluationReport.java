package dev.pointe.training.evaluation;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes evaluation results as JSON (for machines) and Markdown (for people). */
public final class EvaluationReport {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private EvaluationReport() {
    }

    public static String json(List<EvaluationResult> results) {
        return JSON.writeValueAsString(results) + "\n";
    }

    /** One table per split and protocol: rows = methods, columns = HR and NDCG with 95% intervals, precision, recall, coverage, diversity. */
    public static String markdown(List<EvaluationResult> results, int mainK) {
        StringBuilder md = new StringBuilder("# Pointe evaluation\n");
        for (EvaluationResult r : results) {
            md.append(String.format(Locale.ROOT, "%n## %s: %s split, %s protocol%n%n", r.dataset(),
                    r.split().name().toLowerCase(Locale.ROOT).replace('_', '-'), r.protocol().id()));
            md.append(String.format(Locale.ROOT, "%s. %,d cases, %,d training baskets, seed %d; intervals: 95%% bootstrap.%n%n",
                    r.protocol().description(), r.cases(), r.trainBaskets(), r.seed()));
            md.append(table(r, mainK));
            if (!r.comparisons().isEmpty()) {
                md.append(String.format(Locale.ROOT, "%n| pointe vs | HR@%1$d ratio | 95%% interval | NDCG@%1$d ratio | 95%% interval |%n", mainK));
                md.append("|---|---:|---|---:|---|\n");
                for (Comparison c : r.comparisons()) {
                    md.append(String.format(Locale.ROOT, "| %s | %s | %s – %s | %s | %s – %s |%n", c.baseline(), ratio(c.hitRateRatio()),
                            ratio(c.hitRateRatioInterval().low()), ratio(c.hitRateRatioInterval().high()), ratio(c.ndcgRatio()),
                            ratio(c.ndcgRatioInterval().low()), ratio(c.ndcgRatioInterval().high())));
                }
            }
        }
        return md.toString();
    }

    private static String ratio(double r) {
        return Double.isInfinite(r) ? "∞" : String.format(Locale.ROOT, "%.2f", r);
    }

    /** The Markdown table of one result. */
    public static String table(EvaluationResult r, int k) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "| method | HR@%1$d | 95%% interval | NDCG@%1$d | 95%% interval | precision@%1$d | recall@%1$d "
                + "| coverage@%1$d | categories@%1$d | train s |%n", k));
        md.append("|---|---:|---|---:|---|---:|---:|---:|---:|---:|\n");
        for (MethodResult m : r.methods()) {
            Interval hr = m.hitRateInterval().get(k);
            Interval nd = m.ndcgInterval().get(k);
            md.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f – %.4f | %.4f | %.4f – %.4f | %.4f | %.4f | %.3f | %.2f | %.2f |%n",
                    m.method(), m.hitRate().get(k), hr.low(), hr.high(), m.ndcg().get(k), nd.low(), nd.high(), m.precision().get(k),
                    m.recall().get(k), m.coverage().get(k), m.diversity().get(k), m.trainSeconds()));
        }
        return md.toString();
    }

    public static void write(List<EvaluationResult> results, int mainK, Path directory, String baseName) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(baseName + ".json"), json(results), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve(baseName + ".md"), markdown(results, mainK), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the evaluation report to " + directory, e);
        }
    }
}
