package dev.pointe.training.similarity;

import dev.pointe.training.events.Baskets;
import dev.pointe.training.events.ItemIndex;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CooccurrenceEngineTest {

    private static final ItemIndex ITEMS = ItemIndex.of("a", "b", "c", "d");

    /** a,b together 3 times; a,c once; d alone. 5 baskets. */
    private static Baskets tiny() {
        return Baskets.builder(ITEMS)
                .add(0, 0, new int[]{0, 1})
                .add(0, 0, new int[]{0, 1})
                .add(1, 0, new int[]{0, 1, 2})
                .add(1, 0, new int[]{2})
                .add(2, 0, new int[]{3})
                .build();
    }

    private static CooccurrenceConfig config(SimilarityMeasure m, int minSupport, int threads) {
        return new CooccurrenceConfig(m, 10, minSupport, 500, 1000, 42, threads);
    }

    @Test
    void countsAndScoresEveryCoOccurringPair() {
        ItemAssociations result = new CooccurrenceEngine(config(Measures.JACCARD, 1, 1)).compute(tiny(), null, n -> { });
        assertThat(result.total()).isEqualTo(5);
        assertThat(result.itemCounts()).containsExactly(3, 3, 2, 1);
        Neighbours all = result.all();
        // a: b (3/(3+3-3)=1.0), c (1/(3+2-1)=0.25)
        assertThat(all.count(0)).isEqualTo(2);
        assertThat(all.idAt(all.start(0))).isEqualTo(1);
        assertThat(all.scoreAt(all.start(0))).isEqualTo(1.0);
        assertThat(all.togetherAt(all.start(0))).isEqualTo(3);
        assertThat(all.score(0, 2)).isCloseTo(0.25, within(1e-12));
        assertThat(all.count(3)).isZero();
    }

    @Test
    void llrScoresEqualTheContingencyTableFormula() {
        ItemAssociations result = new CooccurrenceEngine(config(Measures.RAW_LLR, 1, 1)).compute(tiny(), null, n -> { });
        // a and b: k11 = 3, k12 = 0, k21 = 0, k22 = 2
        assertThat(result.all().score(0, 1)).isEqualTo(LogLikelihood.logLikelihoodRatio(3, 0, 0, 2));
    }

    @Test
    void minSupportDropsRarePairs() {
        ItemAssociations result = new CooccurrenceEngine(config(Measures.JACCARD, 2, 1)).compute(tiny(), null, n -> { });
        assertThat(result.all().count(0)).isEqualTo(1);
        assertThat(result.all().score(0, 2)).isNaN();
    }

    @Test
    void splitsNeighboursBySameAndOtherCategory() {
        int[] categoryOf = {0, 1, 0, 1}; // a, c in one category; b, d in another
        ItemAssociations result = new CooccurrenceEngine(config(Measures.JACCARD, 1, 1)).compute(tiny(), categoryOf, n -> { });
        assertThat(result.sameCategory().count(0)).isEqualTo(1);
        assertThat(result.sameCategory().idAt(result.sameCategory().start(0))).isEqualTo(2);
        assertThat(result.otherCategory().count(0)).isEqualTo(1);
        assertThat(result.otherCategory().idAt(result.otherCategory().start(0))).isEqualTo(1);
    }

    @Test
    void weightedCountsUseTheSmallerWeightOfAPair() {
        Baskets weighted = Baskets.builder(ITEMS)
                .add(0, 0, new int[]{0, 1}, new byte[]{4, 1}, 0, 2)
                .add(0, 0, new int[]{0, 1}, new byte[]{4, 4}, 0, 2)
                .build();
        ItemAssociations result = new CooccurrenceEngine(config(Measures.JACCARD, 1, 1)).compute(weighted, null, n -> { });
        assertThat(result.itemCounts()).containsExactly(8, 5, 0, 0);
        assertThat(result.total()).isEqualTo(8);
        assertThat(result.all().togetherAt(result.all().start(0))).isEqualTo(5);
    }

    @Test
    void resultDoesNotDependOnThreadCount() {
        Baskets random = randomBaskets(2_000, 300, 11);
        Neighbours one = new CooccurrenceEngine(config(Measures.SIGNED_ROOT_LLR, 1, 1)).compute(random, null, n -> { }).all();
        Neighbours four = new CooccurrenceEngine(config(Measures.SIGNED_ROOT_LLR, 1, 4)).compute(random, null, n -> { }).all();
        assertThat(four.size()).isEqualTo(one.size()).isPositive();
        for (int p = 0; p < one.size(); p++) {
            assertThat(four.idAt(p)).isEqualTo(one.idAt(p));
            assertThat(four.scoreAt(p)).isEqualTo(one.scoreAt(p));
        }
    }

    @Test
    void heavyBasketsAndShoppersAreDownSampledDeterministically() {
        Baskets random = randomBaskets(500, 100, 5);
        CooccurrenceConfig capped = new CooccurrenceConfig(Measures.JACCARD, 10, 1, 3, 2, 42, 1);
        CooccurrenceEngine engine = new CooccurrenceEngine(capped);
        Baskets sampled = engine.downSample(random);
        for (int b = 0; b < sampled.size(); b++) assertThat(sampled.basketSize(b)).isLessThanOrEqualTo(3);
        int[] perUser = new int[50];
        for (int b = 0; b < sampled.size(); b++) perUser[sampled.user(b)]++;
        assertThat(java.util.Arrays.stream(perUser).max().orElseThrow()).isEqualTo(2);
        Baskets again = engine.downSample(random);
        assertThat(again.size()).isEqualTo(sampled.size());
        for (int b = 0; b < sampled.size(); b++) assertThat(again.itemsOf(b)).containsExactly(sampled.itemsOf(b));
    }

    private static Baskets randomBaskets(int baskets, int items, long seed) {
        String[] skus = new String[items];
        for (int i = 0; i < items; i++) skus[i] = String.format("sku%04d", i);
        ItemIndex index = ItemIndex.of(skus);
        SplittableRandom random = new SplittableRandom(seed);
        Baskets.Builder builder = Baskets.builder(index);
        for (int b = 0; b < baskets; b++) {
            int size = 1 + random.nextInt(8);
            int[] basket = random.ints(0, items).map(i -> (int) Math.min(items - 1, Math.abs((long) i * i) % items)).distinct().limit(size).toArray();
            builder.add(b % 50, b, basket);
        }
        return builder.build();
    }
}
