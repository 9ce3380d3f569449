package dev.pointe.training.evaluation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RankingMetricsTest {

    private static final double LOG2_3 = Math.log(3) / Math.log(2);
    private static final int A = 10;
    private static final int B = 11;
    private static final int C = 12;
    private static final int D = 13;

    @Test
    void hitRateIsOneWhenAnyRelevantItemIsInTheTopK() {
        assertThat(RankingMetrics.hitRate(new int[]{A, B, C}, new int[]{C}, 3)).isEqualTo(1.0);
        assertThat(RankingMetrics.hitRate(new int[]{A, B, C}, new int[]{C}, 2)).isEqualTo(0.0);
        assertThat(RankingMetrics.hitRate(new int[]{}, new int[]{C}, 5)).isEqualTo(0.0);
    }

    @Test
    void precisionDividesHitsByK() {
        assertThat(RankingMetrics.precision(new int[]{A, B, C}, new int[]{B, C}, 3)).isEqualTo(2.0 / 3);
        assertThat(RankingMetrics.precision(new int[]{A, B, C}, new int[]{B, C}, 2)).isEqualTo(0.5);
        assertThat(RankingMetrics.precision(new int[]{B}, new int[]{B}, 4)).isEqualTo(0.25); // short list: still / k
    }

    @Test
    void recallDividesHitsByTheNumberOfRelevantItems() {
        assertThat(RankingMetrics.recall(new int[]{A, B, C}, new int[]{B, C, D}, 3)).isEqualTo(2.0 / 3);
        assertThat(RankingMetrics.recall(new int[]{A, B, C}, new int[]{B, C, D}, 1)).isEqualTo(0.0);
        assertThat(RankingMetrics.recall(new int[]{A}, new int[]{}, 1)).isEqualTo(0.0);
    }

    @Test
    void ndcgWithOneRelevantItem() {
        assertThat(RankingMetrics.ndcg(new int[]{A, B, C}, new int[]{B}, 3)).isCloseTo(1 / LOG2_3, within(1e-12));
        assertThat(RankingMetrics.ndcg(new int[]{A, B, C}, new int[]{B}, 3)).isCloseTo(0.6309297535714575, within(1e-12));
        assertThat(RankingMetrics.ndcg(new int[]{A, B, C}, new int[]{A}, 3)).isEqualTo(1.0);
        assertThat(RankingMetrics.ndcg(new int[]{A, B, C}, new int[]{C}, 3)).isCloseTo(0.5, within(1e-12));
        assertThat(RankingMetrics.ndcg(new int[]{A, B, C}, new int[]{C}, 2)).isEqualTo(0.0);
        assertThat(RankingMetrics.ndcg(new int[]{A}, new int[]{A}, 10)).isEqualTo(1.0);
    }

    @Test
    void ndcgWithTwoRelevantItems() {
        double ideal = 1 + 1 / LOG2_3;
        assertThat(RankingMetrics.ndcg(new int[]{A, B, C}, new int[]{A, C}, 3)).isCloseTo((1 + 0.5) / ideal, within(1e-12));
        assertThat(RankingMetrics.ndcg(new int[]{D, B, A}, new int[]{A, B}, 3)).isCloseTo((1 / LOG2_3 + 0.5) / ideal, within(1e-12));
        assertThat(RankingMetrics.ndcg(new int[]{B, A, D}, new int[]{A, B}, 3)).isCloseTo(1.0, within(1e-12));
        // at k = 1 the ideal holds one relevant item only
        assertThat(RankingMetrics.ndcg(new int[]{B, D}, new int[]{A, B}, 1)).isEqualTo(1.0);
        assertThat(RankingMetrics.ndcg(new int[]{}, new int[]{}, 3)).isEqualTo(0.0);
    }
}
