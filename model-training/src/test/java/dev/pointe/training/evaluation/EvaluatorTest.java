package dev.pointe.training.evaluation;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.catalog.Product;
import dev.pointe.training.events.Baskets;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class EvaluatorTest {

    private static final double LOG2_3 = Math.log(3) / Math.log(2);

    /** a1=0, a2=1 (a); b1=2, b2=3 (b); c1=4 (c). */
    private static final Catalog CATALOG = Catalog.of(List.of(Product.bare("a1", "a"), Product.bare("a2", "a"),
            Product.bare("b1", "b"), Product.bare("b2", "b"), Product.bare("c1", "c")));

    private static final Baskets TRAINING = Baskets.builder(CATALOG.items())
            .add(0, 1, new int[]{0, 2})
            .add(1, 2, new int[]{1, 3, 4})
            .build();

    private static final Split SPLIT = new Split(SplitKind.RANDOM, Protocol.NEXT_ITEM, TRAINING, List.of(
            new EvaluationCase(new int[]{0}, new int[]{2}),
            new EvaluationCase(new int[]{1}, new int[]{3, 4})));

    /** Case 1 (seed a1): b1, a2, b2. Case 2 (seed a2): a1, c1, b1. */
    private static final class HandMade implements RecommenderFactory {
        final List<TrainingSet> trainedOn = new ArrayList<>();
        final List<Integer> askedK = new ArrayList<>();

        @Override
        public String name() {
            return "hand-made";
        }

        @Override
        public Recommender train(TrainingSet training) {
            trainedOn.add(training);
            return (seeds, k) -> {
                askedK.add(k);
                return seeds[0] == 0 ? new int[]{2, 1, 3} : new int[]{0, 4, 2};
            };
        }
    }

    @Test
    void scoresAHandMadeRecommenderExactly() {
        HandMade method = new HandMade();
        List<Integer> progress = new ArrayList<>();

        EvaluationResult result = new Evaluator(List.of(3, 1)).evaluate("tiny", 42, SPLIT, CATALOG, List.of(method),
                progress::add);

        assertThat(result.dataset()).isEqualTo("tiny");
        assertThat(result.seed()).isEqualTo(42);
        assertThat(result.split()).isEqualTo(SplitKind.RANDOM);
        assertThat(result.protocol()).isEqualTo(Protocol.NEXT_ITEM);
        assertThat(result.cases()).isEqualTo(2);
        assertThat(result.trainBaskets()).isEqualTo(2);
        assertThat(result.ks()).containsExactly(1, 3);
        assertThat(progress).containsExactly(1, 1);
        assertThat(method.askedK).containsExactly(3, 3);
        assertThat(method.trainedOn).hasSize(1);
        assertThat(method.trainedOn.get(0).baskets()).isSameAs(TRAINING);
        assertThat(method.trainedOn.get(0).catalog()).isSameAs(CATALOG);
        assertThat(method.trainedOn.get(0).protocol()).isEqualTo(Protocol.NEXT_ITEM);

        MethodResult m = result.method("hand-made");
        assertThat(m).isNotNull();
        assertThat(result.method("other")).isNull();
        assertThat(m.hitRate()).containsExactly(Map.entry(1, 0.5), Map.entry(3, 1.0));
        assertThat(m.ndcg().get(1)).isEqualTo(0.5);
        // case 1: 1; case 2: c1 at rank 2 of two relevant -> (1/log2 3) / (1 + 1/log2 3)
        assertThat(m.ndcg().get(3)).isCloseTo((1 + (1 / LOG2_3) / (1 + 1 / LOG2_3)) / 2, within(1e-12));
        assertThat(m.precision().get(1)).isEqualTo(0.5);
        assertThat(m.precision().get(3)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(m.recall()).containsExactly(Map.entry(1, 0.5), Map.entry(3, 0.75));
        // shown at 1: b1, a1 -> 2 of 5; at 3: all five items
        assertThat(m.coverage()).containsExactly(Map.entry(1, 0.4), Map.entry(3, 1.0));
        // categories at 3: {b, a} and {a, c, b}
        assertThat(m.diversity()).containsExactly(Map.entry(1, 1.0), Map.entry(3, 2.5));
        assertThat(m.trainSeconds()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void shortListsCountOnlyWhatIsShown() {
        RecommenderFactory one = new RecommenderFactory() {
            @Override
            public String name() {
                return "one";
            }

            @Override
            public Recommender train(TrainingSet training) {
                return (seeds, k) -> new int[]{4};
            }
        };

        MethodResult m = new Evaluator(List.of(2)).evaluate("tiny", 1, SPLIT, CATALOG, List.of(one), n -> { })
                .method("one");

        assertThat(m.hitRate().get(2)).isEqualTo(0.5);
        assertThat(m.precision().get(2)).isEqualTo(0.25);
        assertThat(m.recall().get(2)).isEqualTo(0.25);
        assertThat(m.coverage().get(2)).isEqualTo(0.2);
        assertThat(m.diversity().get(2)).isEqualTo(1.0);
        assertThat(m.ndcg().get(2)).isCloseTo(0.5 * 1 / (1 + 1 / LOG2_3), within(1e-12));
    }

    @Test
    void everyMethodIsScoredInOrder() {
        EvaluationResult result = new Evaluator(List.of(1)).evaluate("tiny", 1, SPLIT, CATALOG,
                List.of(PopularityBaseline.global(), new HandMade()), n -> { });

        assertThat(result.methods()).extracting(MethodResult::method).containsExactly("popularity", "hand-made");
        // popularity over TRAINING: all items once, so id order: a1 (seed of case 1 -> skipped) ...
        // case 1 (seed 0): [1] miss; case 2 (seed 1): [0] miss
        assertThat(result.method("popularity").hitRate().get(1)).isEqualTo(0.0);
    }

    @Test
    void cutOffsMustBePositive() {
        assertThatThrownBy(() -> new Evaluator(List.of(0, 5))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Evaluator(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportTableShowsEveryMetricAtK() {
        EvaluationResult result = new Evaluator(List.of(1, 3)).evaluate("tiny", 42, SPLIT, CATALOG,
                List.of(new HandMade()), n -> { });

        String table = EvaluationReport.table(result, 3);
        assertThat(table).startsWith("| method | HR@3 | 95% interval | NDCG@3 | 95% interval | precision@3 | recall@3 | coverage@3 "
                + "| categories@3 | train s |");
        MethodResult m = result.method("hand-made");
        assertThat(table).contains(String.format(java.util.Locale.ROOT, "| hand-made | 1.0000 | 1.0000 – 1.0000 | %.4f | %.4f – %.4f | 0.3333 "
                + "| 0.7500 | 1.000 | 2.50 |", m.ndcg().get(3), m.ndcgInterval().get(3).low(), m.ndcgInterval().get(3).high()));
        assertThat(EvaluationReport.markdown(List.of(result), 3))
                .contains("## tiny: random split, " + result.protocol().id() + " protocol")
                .contains("2 cases, 2 training baskets, seed 42; intervals: 95% bootstrap.");
        assertThat(EvaluationReport.json(List.of(result))).contains("\"dataset\"", "\"tiny\"", "\"hand-made\"").endsWith("\n");
    }
}
