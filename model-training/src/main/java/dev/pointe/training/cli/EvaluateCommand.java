package dev.pointe.training.cli;

import dev.pointe.training.data.Dataset;
import dev.pointe.training.evaluation.EvaluationReport;
import dev.pointe.training.evaluation.EvaluationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Measures the lists Pointe publishes, exactly as the service serves them, on held-out data against baselines.",
                "",
                "Splits the baskets (random, temporal or leave-one-out; seeded), trains every method on the training part and "
                        + "asks it about the held-out part: one seed, one held-out target (protocols cross-category, next-item, "
                        + "same-category; --protocol all adds the easier multi-target ones). Methods: popularity (overall, in "
                        + "other categories, in the same category), the plain co-occurrence count, category-blind LLR "
                        + "co-occurrence, and pointe. Reports HR@K and NDCG@K with 95%% bootstrap intervals, pointe's ratio to "
                        + "every baseline with its interval, precision@K, recall@K, catalogue coverage and categories per list, "
                        + "as JSON and Markdown (and a page with charts: --report html).",
                "",
                "Examples:",
                "  evaluate                  # the seed data, random split",
                "  evaluate --preset hm-fashion --data ../shared/datasets/hm-fashion \\",
                "           --split random,temporal",
                "  evaluate --preset brijs-retail --data ../shared/datasets/brijs-retail \\",
                "           --protocol next-item",
                "",
                "Exit codes: 0 done, 1 unusable input, 2 bad usage, 3 report not written."
        })
public final class EvaluateCommand implements Callable<Integer> {

    @Mixin
    InputOptions input = new InputOptions();
    @Mixin
    ModelOptions model = new ModelOptions();
    @Mixin
    EvaluationOptions evaluation = new EvaluationOptions();

    @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = "target/evaluation",
            description = "Where evaluation.json and evaluation.md go (default: ${DEFAULT-VALUE}).")
    Path reportDir;

    @Option(names = "--report", paramLabel = "md|html", defaultValue = "md",
            description = "md: evaluation.json and evaluation.md; html: also evaluation.html, a self-contained page with charts "
                    + "(HR@K and NDCG@K curves, coverage, what-completes-what heat map, example looks). Default: ${DEFAULT-VALUE}.")
    String report;

    @Option(names = "--no-progress", description = "No progress bars.")
    boolean noProgress;

    @Override
    public Integer call() {
        Dataset data = Steps.load(input.spec(), !noProgress, System.out);
        List<EvaluationResult> results = Steps.evaluate(data, model, evaluation, !noProgress, System.out);
        Steps.summarise(results, evaluation.mainK(), System.out);
        EvaluationReport.write(results, evaluation.mainK(), reportDir, "evaluation");
        System.out.println("\nReports: " + reportDir.resolve("evaluation.md") + ", " + reportDir.resolve("evaluation.json"));
        if ("html".equalsIgnoreCase(report)) {
            java.nio.file.Path html = reportDir.resolve("evaluation.html");
            try {
                java.nio.file.Files.writeString(html, HtmlReports.render(data, results, model));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot write " + html, e);
            }
            System.out.println("HTML report: " + html);
        } else if (!"md".equalsIgnoreCase(report)) {
            throw new IllegalArgumentException("--report must be md or html, was " + report);
        }
        return ExitCodes.OK;
    }
}
