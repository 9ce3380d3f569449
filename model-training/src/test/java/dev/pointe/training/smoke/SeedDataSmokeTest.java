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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Pins the offline metrics of the README's main job (train on seeds/, random split, cross-category
 * protocol: one seed, one held-out target of another category) within a tolerance, and checks that complete-the-look beats both popularity baselines.
 * A change of the seed data or of the method that moves these numbers must update them knowingly.
 */
class SeedDataSmokeTest {

    private static EvaluationResult result;

    @BeforeAll
    static void evaluate() {
        Path seeds = Path.of(System.getProperty("pointe.repo.root", "..")).resolve("seeds");
        Dataset data = new DatasetLoader().load(DatasetPresets.seeds(seeds, 0.05), n -> { });
        CooccurrenceConfig cooccurrence = CooccurrenceConfig.defaults();
        var split = new Splitter(0.2, 42, 20_000).split(data.baskets(), data.catalog(), SplitKind.RANDOM, Protocol.CROSS_CATEGORY);
        result = new Evaluator(List.of(1, 5, 10, 20)).evaluate("seeds", 42, split, data.catalog(),
                StandardMethods.of(Protocol.CROSS_CATEGORY, cooccurrence, LookConfig.defaults()), n -> { });
    }

    @Test
    void pinsPointesMetrics() {
        MethodResult pointe = result.method("pointe");
        assertThat(result.cases()).isEqualTo(1304);
        assertThat(pointe.hitRate().get(10)).isCloseTo(0.2722, within(0.01));
        assertThat(pointe.ndcg().get(10)).isCloseTo(0.1325, within(0.01));
        assertThat(pointe.diversity().get(10)).isGreaterThan(5.0);
    }

    @Test
    void completeTheLookBeatsBothPopularityBaselines() {
        MethodResult pointe = result.method("pointe");
        for (String baseline : List.of("popularity", "popularity-other-categories", "llr-cooccurrence")) {
            MethodResult other = result.method(baseline);
            assertThat(pointe.hitRate().get(10)).as("HR@10 vs " + baseline).isGreaterThan(other.hitRate().get(10));
            assertThat(pointe.ndcg().get(10)).as("NDCG@10 vs " + baseline).isGreaterThan(other.ndcg().get(10));
        }
    }
}
