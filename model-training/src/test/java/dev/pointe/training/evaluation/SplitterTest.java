package dev.pointe.training.evaluation;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.catalog.Product;
import dev.pointe.training.events.Baskets;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SplitterTest {

    /** a1, a2, a3 (category a) = ids 0..2; b1, b2, b3 (category b) = ids 3..5. */
    private static final Catalog CATALOG = Catalog.of(List.of(
            Product.bare("a1", "a"), Product.bare("a2", "a"), Product.bare("a3", "a"),
            Product.bare("b1", "b"), Product.bare("b2", "b"), Product.bare("b3", "b")));

    private static final int N = 30;

    /** 30 distinct baskets: all 15 pairs, then 15 triples; basket b at time 1000 + ((7b) mod 30) * 10. */
    private static Baskets baskets(boolean withTimes) {
        List<int[]> sets = new ArrayList<>();
        for (int i = 0; i < 6; i++) for (int j = i + 1; j < 6; j++) sets.add(new int[]{i, j});
        for (int i = 0; i < 6 && sets.size() < N; i++) {
            for (int j = i + 1; j < 6 && sets.size() < N; j++) {
                for (int k = j + 1; k < 6 && sets.size() < N; k++) sets.add(new int[]{i, j, k});
            }
        }
        Baskets.Builder builder = Baskets.builder(CATALOG.items());
        for (int b = 0; b < N; b++) builder.add(b % 4, withTimes ? time(b) : Baskets.NO_TIME, sets.get(b));
        return builder.build();
    }

    private static long time(int b) {
        return 1000 + ((7L * b) % N) * 10;
    }

    private static String describe(Split split) {
        StringBuilder sb = new StringBuilder();
        for (int b = 0; b < split.training().size(); b++) sb.append(Arrays.toString(split.training().itemsOf(b)));
        sb.append(" | ");
        for (EvaluationCase c : split.cases()) sb.append(Arrays.toString(c.seeds())).append("->").append(Arrays.toString(c.targets()));
        return sb.toString();
    }

    private static List<Integer> union(EvaluationCase c) {
        return IntStream.concat(Arrays.stream(c.seeds()), Arrays.stream(c.targets())).sorted().boxed().toList();
    }

    private static Set<List<Integer>> basketSet(Baskets baskets) {
        Set<List<Integer>> out = new HashSet<>();
        for (int b = 0; b < baskets.size(); b++) out.add(Arrays.stream(baskets.itemsOf(b)).boxed().toList());
        return out;
    }

    private static int indexOf(Baskets baskets, List<Integer> items) {
        for (int b = 0; b < baskets.size(); b++) {
            if (Arrays.stream(baskets.itemsOf(b)).boxed().toList().equals(items)) return b;
        }
        return -1;
    }

    @Test
    void sameSeedGivesTheSameSplitAndAnotherSeedAnother() {
        Baskets data = baskets(true);
        for (SplitKind kind : SplitKind.values()) {
            String first = describe(new Splitter(0.3, 7, 1000).split(data, CATALOG, kind, Protocol.REST_OF_BASKET));
            String again = describe(new Splitter(0.3, 7, 1000).split(data, CATALOG, kind, Protocol.REST_OF_BASKET));
            String other = describe(new Splitter(0.3, 8, 1000).split(data, CATALOG, kind, Protocol.REST_OF_BASKET));
            assertThat(again).as(kind.name()).isEqualTo(first);
            assertThat(other).as(kind.name()).isNotEqualTo(first);
        }
    }

    @Test
    void randomSplitHoldsOutWholeBasketsThatBecomeCases() {
        Baskets data = baskets(true);

        Split split = new Splitter(0.3, 7, 1000).split(data, CATALOG, SplitKind.RANDOM, Protocol.REST_OF_BASKET);

        assertThat(split.kind()).isEqualTo(SplitKind.RANDOM);
        assertThat(split.protocol()).isEqualTo(Protocol.REST_OF_BASKET);
        assertThat(split.cases()).isNotEmpty();
        assertThat(split.training().size()).isPositive();
        assertThat(split.training().size() + split.cases().size()).isEqualTo(N);
        Set<List<Integer>> original = basketSet(data);
        Set<List<Integer>> training = basketSet(split.training());
        assertThat(original).containsAll(training);
        for (EvaluationCase c : split.cases()) {
            assertThat(c.targets()).hasSize(1);
            assertThat(c.seeds()).doesNotContain(c.targets()[0]);
            assertThat(original).contains(union(c));
            assertThat(training).doesNotContain(union(c));
        }
    }

    @Test
    void capOnCasesDoesNotChangeWhichBasketsAreHeldOut() {
        Baskets data = baskets(true);

        Split all = new Splitter(0.3, 7, 1000).split(data, CATALOG, SplitKind.RANDOM, Protocol.REST_OF_BASKET);
        Split three = new Splitter(0.3, 7, 3).split(data, CATALOG, SplitKind.RANDOM, Protocol.REST_OF_BASKET);

        assertThat(three.cases()).hasSize(3);
        assertThat(basketSet(three.training())).isEqualTo(basketSet(all.training()));
    }

    @Test
    void temporalSplitHoldsOutTheLatestBaskets() {
        Baskets data = baskets(true);

        Split split = new Splitter(0.2, 7, 1000).split(data, CATALOG, SplitKind.TEMPORAL, Protocol.REST_OF_BASKET);

        // round(30 * 0.8) = 24 earliest baskets train, the 6 latest (times 1240..1290) are the cases
        assertThat(split.training().size()).isEqualTo(24);
        assertThat(split.cases()).hasSize(6);
        Set<Long> caseTimes = new HashSet<>();
        for (EvaluationCase c : split.cases()) caseTimes.add(data.time(indexOf(data, union(c))));
        assertThat(caseTimes).containsExactlyInAnyOrder(1240L, 1250L, 1260L, 1270L, 1280L, 1290L);
        for (int b = 0; b < split.training().size(); b++) assertThat(split.training().time(b)).isLessThan(1240L);
    }

    @Test
    void temporalSplitWithoutTimesIsRefused() {
        Splitter splitter = new Splitter(0.2, 7, 1000);
        Baskets data = baskets(false);

        assertThatThrownBy(() -> splitter.split(data, CATALOG, SplitKind.TEMPORAL, Protocol.REST_OF_BASKET))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("temporal split needs timestamps");
    }

    @Test
    void leaveOneOutKeepsTheRestOfEveryBasketInTrainingButNeverTheTarget() {
        Baskets data = baskets(false);

        Split split = new Splitter(0.3, 7, 1000).split(data, CATALOG, SplitKind.LEAVE_ONE_OUT, Protocol.REST_OF_BASKET);

        assertThat(split.cases()).hasSize(N);
        assertThat(split.training().size()).isEqualTo(N);
        assertThat(split.training().occurrences()).isEqualTo(data.occurrences() - N);
        for (int b = 0; b < N; b++) {
            EvaluationCase c = split.cases().get(b);
            assertThat(c.targets()).hasSize(1);
            assertThat(split.training().itemsOf(b)).containsExactly(c.seeds());
            assertThat(split.training().itemsOf(b)).doesNotContain(c.targets()[0]);
            assertThat(union(c)).isEqualTo(Arrays.stream(data.itemsOf(b)).boxed().toList());
            assertThat(split.training().user(b)).isEqualTo(data.user(b));
        }
    }

    @Test
    void leaveOneOutBasketsBeyondTheCaseCapStayWholeInTraining() {
        Baskets data = baskets(false);

        Split split = new Splitter(0.3, 7, 5).split(data, CATALOG, SplitKind.LEAVE_ONE_OUT, Protocol.REST_OF_BASKET);

        assertThat(split.cases()).hasSize(5);
        assertThat(split.training().size()).isEqualTo(N);
        assertThat(split.training().occurrences()).isEqualTo(data.occurrences() - 5);
    }

    @Test
    void singleItemBasketsNeverBecomeCases() {
        Baskets data = Baskets.builder(CATALOG.items()).add(0, 1, new int[]{0}).add(1, 2, new int[]{3})
                .add(2, 3, new int[]{1, 4}).build();

        Split split = new Splitter(0.5, 1, 10).split(data, CATALOG, SplitKind.LEAVE_ONE_OUT, Protocol.REST_OF_BASKET);

        assertThat(split.cases()).hasSize(1);
        assertThat(union(split.cases().get(0))).containsExactly(1, 4);
        assertThat(split.training().size()).isEqualTo(3);
    }

    @Test
    void crossCategoryCasesHaveOneSeedAndAllTargetsFromOtherCategories() {
        Baskets data = baskets(true);

        Split split = new Splitter(0.5, 11, 1000).split(data, CATALOG, SplitKind.RANDOM, Protocol.CROSS_CATEGORY);

        assertThat(split.cases()).isNotEmpty();
        Set<List<Integer>> training = basketSet(split.training());
        for (EvaluationCase c : split.cases()) {
            assertThat(c.seeds()).hasSize(1);
            int seed = c.seeds()[0];
            int seedCategory = CATALOG.categoryOf(seed);
            assertThat(c.targets()).isNotEmpty();
            for (int t : c.targets()) assertThat(CATALOG.categoryOf(t)).isNotEqualTo(seedCategory);
            // the targets are every item of the other category in the seed's basket
            boolean found = false;
            for (int b = 0; b < data.size(); b++) {
                int[] items = data.itemsOf(b);
                if (Arrays.stream(items).noneMatch(i -> i == seed)) continue;
                int[] others = Arrays.stream(items).filter(i -> CATALOG.categoryOf(i) != seedCategory).toArray();
                if (Arrays.equals(others, c.targets()) && !training.contains(Arrays.stream(items).boxed().toList())) {
                    found = true;
                }
            }
            assertThat(found).as("case %s -> %s comes from a held-out basket", seed, Arrays.toString(c.targets())).isTrue();
        }
    }

    @Test
    void singleCategoryBasketsAreNotCrossCategoryCases() {
        Baskets data = baskets(false);

        Split split = new Splitter(0.3, 7, 1000).split(data, CATALOG, SplitKind.LEAVE_ONE_OUT, Protocol.CROSS_CATEGORY);

        // pairs within a (3) and within b (3), triples a1 a2 a3 (1) and b1 b2 b3 (0 of the first 15 triples)
        int mixed = 0;
        for (int b = 0; b < N; b++) {
            int[] items = data.itemsOf(b);
            if (Arrays.stream(items).map(CATALOG::categoryOf).distinct().count() > 1) mixed++;
        }
        assertThat(split.cases()).hasSize(mixed);
        assertThat(mixed).isEqualTo(23);
    }

    @Test
    void crossCategoryLeaveOneOutHoldsOutOneOtherCategoryTargetAndKeepsTheRest() {
        Baskets data = baskets(false);

        Split split = new Splitter(0.3, 7, 1000).split(data, CATALOG, SplitKind.LEAVE_ONE_OUT, Protocol.CROSS_CATEGORY);

        assertThat(split.training().size()).isEqualTo(N);
        int next = 0;
        for (int b = 0; b < N; b++) {
            int[] items = data.itemsOf(b);
            if (Arrays.stream(items).map(CATALOG::categoryOf).distinct().count() < 2) {
                assertThat(split.training().itemsOf(b)).containsExactly(items);
                continue;
            }
            EvaluationCase c = split.cases().get(next++);
            assertThat(c.seeds()).hasSize(1);
            assertThat(c.targets()).hasSize(1);
            int target = c.targets()[0];
            assertThat(CATALOG.categoryOf(target)).isNotEqualTo(CATALOG.categoryOf(c.seeds()[0]));
            assertThat(items).contains(c.seeds()[0], target);
            int[] expected = Arrays.stream(items).filter(i -> i != target).toArray();
            assertThat(split.training().itemsOf(b)).containsExactly(expected);
        }
        assertThat(next).isEqualTo(split.cases().size());
    }

    @Test
    void invalidSettingsAreRefused() {
        assertThatThrownBy(() -> new Splitter(0, 1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Splitter(1, 1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Splitter(0.2, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
