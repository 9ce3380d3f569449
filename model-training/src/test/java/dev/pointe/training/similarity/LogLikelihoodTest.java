package dev.pointe.training.similarity;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LogLikelihoodTest {

    /** The expected values of Apache Mahout's own LogLikelihoodTest (mahout-math 0.13). */
    @Test
    void rawValuesEqualMahoutsPublishedValues() {
        assertThat(LogLikelihood.logLikelihoodRatio(1, 0, 0, 1)).isCloseTo(2.772589, within(0.000001));
        assertThat(LogLikelihood.logLikelihoodRatio(10, 0, 0, 10)).isCloseTo(27.72589, within(0.00001));
        assertThat(LogLikelihood.logLikelihoodRatio(5, 1995, 0, 100000)).isCloseTo(39.33052, within(0.00001));
        assertThat(LogLikelihood.logLikelihoodRatio(1000, 1995, 1000, 100000)).isCloseTo(4730.737, within(0.001));
        assertThat(LogLikelihood.logLikelihoodRatio(1000, 1000, 1000, 100000)).isCloseTo(5734.343, within(0.001));
        assertThat(LogLikelihood.logLikelihoodRatio(1000, 1000, 1000, 99000)).isCloseTo(5714.932, within(0.001));
    }

    @Test
    void independentTableScoresZero() {
        assertThat(LogLikelihood.logLikelihoodRatio(10, 10, 10, 10)).isCloseTo(0.0, within(1e-9));
        assertThat(LogLikelihood.rootLogLikelihoodRatio(10, 10, 10, 10)).isCloseTo(0.0, within(1e-4));
    }

    @Test
    void rootIsSignedByDirectionOfAssociation() {
        double together = LogLikelihood.rootLogLikelihoodRatio(10, 0, 0, 10);
        double apart = LogLikelihood.rootLogLikelihoodRatio(0, 10, 10, 0);
        assertThat(together).isCloseTo(Math.sqrt(27.725887222397787), within(1e-12));
        assertThat(apart).isCloseTo(-Math.sqrt(LogLikelihood.logLikelihoodRatio(0, 10, 10, 0)), within(1e-12));
        assertThat(apart).isNegative();
    }

    /**
     * On random tables our value equals the textbook G² = 2 Σ k ln(k N / (row col)), computed with
     * other arithmetic; the bench module also checks it against Mahout's class itself.
     */
    @Test
    void randomTablesEqualTheTextbookStatistic() {
        SplittableRandom random = new SplittableRandom(7);
        for (int t = 0; t < 10_000; t++) {
            long k11 = random.nextInt(1, 1000);
            long k12 = random.nextInt(0, 5000);
            long k21 = random.nextInt(0, 5000);
            long k22 = random.nextInt(0, 1_000_000);
            double expected = textbook(k11, k12, k21, k22);
            assertThat(LogLikelihood.logLikelihoodRatio(k11, k12, k21, k22))
                    .as("table %d %d %d %d", k11, k12, k21, k22)
                    .isCloseTo(expected, within(1e-6 * Math.max(1, expected)));
        }
    }

    @Test
    void tableLookupsAreBitIdenticalToTheDirectComputation() {
        SplittableRandom random = new SplittableRandom(11);
        long total = 100_000;
        LogLikelihood.Table table = new LogLikelihood.Table(total);
        for (int t = 0; t < 20_000; t++) {
            long a = random.nextLong(1, total);
            long b = random.nextLong(1, total);
            long both = random.nextLong(0, Math.min(a, b) + 1);
            if (a + b - both > total) continue;
            long k12 = a - both, k21 = b - both, k22 = total - a - b + both;
            assertThat(table.logLikelihoodRatio(both, k12, k21, k22)).isEqualTo(LogLikelihood.logLikelihoodRatio(both, k12, k21, k22));
            assertThat(table.rootLogLikelihoodRatio(both, k12, k21, k22)).isEqualTo(LogLikelihood.rootLogLikelihoodRatio(both, k12, k21, k22));
            assertThat(Measures.RAW_LLR.forTotal(total).score(both, a, b, total)).isEqualTo(Measures.RAW_LLR.score(both, a, b, total));
        }
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatThrownBy(() -> LogLikelihood.logLikelihoodRatio(-1, 0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double textbook(long k11, long k12, long k21, long k22) {
        double n = k11 + k12 + k21 + k22;
        long[][] k = {{k11, k12}, {k21, k22}};
        double[] rows = {k11 + k12, k21 + k22};
        double[] cols = {k11 + k21, k12 + k22};
        double g = 0;
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                if (k[i][j] > 0) g += k[i][j] * Math.log(k[i][j] * n / (rows[i] * cols[j]));
            }
        }
        return Math.max(0, 2 * g);
    }
}
