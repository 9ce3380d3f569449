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

    /** One table per split: rows = methods, columns = HR, NDCG, precision, recall at the main K, coverage, diversity. */
    public static String markdown(List<EvaluationResult> results, int mainK) {
        StringBuilder md = new StringBuilder("# Pointe evaluation\n");
        for (EvaluationResult r : results) {
            md.append(String.format(Locale.ROOT, "%n## %s: %s split, %s protocol%n%n", r.dataset(),
                    r.split().name().toLowerCase(Locale.ROOT), r.protocol().name().toLowerCase(Locale.ROOT).replace('_', '-')));
            md.append(String.format(Locale.ROOT, "%,d cases, %,d training baskets, seed %d.%n%n", r.cases(), r.trainBaskets(), r.seed()));
            md.append(table(r, mainK));
        }
        return md.toString();
    }

    /** The Markdown table of one result. */
    public static String table(EvaluationResult r, int k) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "| method | HR@%1$d | NDCG@%1$d | precision@%1$d | recall@%1$d | coverage@%1$d | categories@%1$d | train s |%n", k));
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (MethodResult m : r.methods()) {
            md.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %.4f | %.3f | %.2f | %.2f |%n", m.method(),
                    m.hitRate().get(k), m.ndcg().get(k), m.precision().get(k), m.recall().get(k), m.coverage().get(k),
                    m.diversity().get(k), m.trainSeconds()));
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
