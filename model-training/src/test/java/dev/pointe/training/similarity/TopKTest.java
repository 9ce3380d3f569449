package dev.pointe.training.similarity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class TopKTest {

    @Test
    void keepsBestByScoreThenLowestId() {
        TopK top = new TopK(3);
        top.offer(5, 1.0, 0);
        top.offer(2, 3.0, 0);
        top.offer(9, 2.0, 0);
        top.offer(1, 2.0, 0);
        top.offer(7, 0.5, 0);
        assertThat(top.sortedIds()).containsExactly(2, 1, 9);
    }

    @Test
    void tiesAtTheBoundaryKeepLowerIds() {
        TopK top = new TopK(2);
        for (int id : new int[]{8, 3, 6, 1}) top.offer(id, 1.0, 0);
        assertThat(top.sortedIds()).containsExactly(1, 3);
    }

    @Test
    void matchesAFullSortOnRandomInput() {
        SplittableRandom random = new SplittableRandom(3);
        for (int round = 0; round < 200; round++) {
            int k = 1 + random.nextInt(20);
            TopK top = new TopK(k);
            List<double[]> all = new ArrayList<>();
            for (int id = 0; id < 100; id++) {
                double score = random.nextInt(10); // many ties
                top.offer(id, score, id * 10L);
                all.add(new double[]{id, score});
            }
            all.sort(Comparator.<double[]>comparingDouble(e -> -e[1]).thenComparingDouble(e -> e[0]));
            int[] ids = new int[k];
            double[] scores = new double[k];
            long[] extras = new long[k];
            int n = top.drainSorted(ids, scores, extras);
            assertThat(n).isEqualTo(k);
            for (int i = 0; i < k; i++) {
                assertThat(ids[i]).isEqualTo((int) all.get(i)[0]);
                assertThat(extras[i]).isEqualTo(ids[i] * 10L);
            }
        }
    }
}
