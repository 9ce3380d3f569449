package dev.pointe.training.smoke;

import dev.pointe.training.data.Dataset;
import dev.pointe.training.data.DatasetLoader;
import dev.pointe.training.data.DatasetPresets;
import dev.pointe.training.evaluation.EvaluationResult;
import dev.pointe.training.evaluation.Evaluator;
import dev.pointe.training.evaluation.MethodResult;
import dev.pointe.training.evaluation.Protocol;
import dev.pointe.training.evaluation.SplitKind;
import dev.pointe.training.evaluation.Splitter;
import dev.pointe.training.evaluation.StandardMethods;
import dev.pointe.training.looks.LookConfig;
import dev.pointe.training.similarity.CooccurrenceConfig;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Pins the metrics of docs/evaluation.md on the real datasets in ../shared/datasets (or
 * $POINTE_DATASETS). They are research data kept beside the repository, never in it; where the folder
 * is absent these tests are skipped with a message, on our machines and in CI it is present.
 */
class RealDataSmokeTest {

    private static Path datasets() {
        String env = System.getenv("POINTE_DATASETS");
        Path dir = env != null ? Path.of(env) : Path.of(System.getProperty("pointe.repo.root", "..")).resolve("../shared/datasets");
        assumeTrue(Files.isDirectory(dir), "real datasets not found at " + dir.toAbsolutePath() + " (set POINTE_DATASETS)");
        return dir;
    }

    private static EvaluationResult evaluate(String preset, SplitKind split, Protocol protocol) {
        Dataset data = new DatasetLoader().load(DatasetPresets.named(preset, datasets().resolve(preset.replace("-types", "")), 0.05), n -> { });
        var s = new Splitter(0.2, 42, 20_000).split(data.baskets(), data.catalog(), split, protocol);
        return new Evaluator(List.of(10)).evaluate(preset, 42, s, data.catalog(),
                StandardMethods.of(protocol, CooccurrenceConfig.defaults(), LookConfig.defaults()), n -> { });
    }

    @Test
    void hmFashionCrossCategory() {
        EvaluationResult r = evaluate("hm-fashion", SplitKind.RANDOM, Protocol.CROSS_CATEGORY);
        MethodResult pointe = r.method("pointe");
        assertThat(r.cases()).isEqualTo(6546);
        assertThat(pointe.hitRate().get(10)).isCloseTo(0.1251, within(0.005));
        assertThat(pointe.ndcg().get(10)).isCloseTo(0.0648, within(0.003));
        assertThat(pointe.hitRate().get(10)).isGreaterThan(1.4 * r.method("llr-cooccurrence").hitRate().get(10))
                .isGreaterThan(1.7 * r.method("popularity-other-categories").hitRate().get(10));
    }

    @Test
    void brijsRetailNextItem() {
        EvaluationResult r = evaluate("brijs-retail", SplitKind.RANDOM, Protocol.NEXT_ITEM);
        MethodResult pointe = r.method("pointe");
        assertThat(pointe.hitRate().get(10)).isCloseTo(0.3016, within(0.005));
        assertThat(pointe.hitRate().get(10)).isGreaterThan(1.1 * r.method("popularity").hitRate().get(10));
    }
}
