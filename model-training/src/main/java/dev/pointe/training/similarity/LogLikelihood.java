package dev.pointe.training.similarity;

/**
 * Dunning's log-likelihood ratio (G²) for a 2×2 contingency table, with exactly the arithmetic of
 * Apache Mahout's {@code org.apache.mahout.math.stats.LogLikelihood}, so that our raw values equal
 * Mahout's on the same counts.
 *
 * <p>For items A and B over N baskets: {@code k11} = baskets with both, {@code k12} = with A but not B
 * (Mahout's argument order: with B not A is also fine, the statistic is symmetric in the two margins),
 * {@code k21} = with the other one only, {@code k22} = with neither.
 */
public final class LogLikelihood {

    private LogLikelihood() {
    }

    /**
     * The raw G² statistic; never negative (0 when float round-off would make it so). It is large both
     * when two items co-occur more and when they co-occur less often than chance predicts.
     */
    public static double logLikelihoodRatio(long k11, long k12, long k21, long k22) {
        if (k11 < 0 || k12 < 0 || k21 < 0 || k22 < 0) {
            throw new IllegalArgumentException("negative count in table " + k11 + " " + k12 + " " + k21 + " " + k22);
        }
        double rowEntropy = entropy(k11 + k12, k21 + k22);
        double columnEntropy = entropy(k11 + k21, k12 + k22);
        double matrixEntropy = entropy(k11, k12, k21, k22);
        if (rowEntropy + columnEntropy < matrixEntropy) {
            return 0.0; // round-off error, as in Mahout
        }
        return 2.0 * (rowEntropy + columnEntropy - matrixEntropy);
    }

    /**
     * Mahout's signed root LLR: {@code sqrt(G²)}, negative when A appears with B less often than without
     * it (k11/(k11+k12) &lt; k21/(k21+k22)). Zero means independent; the sign keeps anti-correlated
     * pairs (two best-sellers that rarely share a basket) out of the top of a neighbour list.
     */
    public static double rootLogLikelihoodRatio(long k11, long k12, long k21, long k22) {
        double root = Math.sqrt(logLikelihoodRatio(k11, k12, k21, k22));
        if ((double) k11 / (k11 + k12) < (double) k21 / (k21 + k22)) {
            root = -root;
        }
        return root;
    }

    static double xLogX(long x) {
        return x == 0 ? 0.0 : x * Math.log(x);
    }

    private static double entropy(long a, long b) {
        return xLogX(a + b) - xLogX(a) - xLogX(b);
    }

    /** Mahout's {@code entropy(long...)}, same order of operations, so that results are bit-identical. */
    private static double entropy(long a, long b, long c, long d) {
        double result = 0.0;
        result += xLogX(a);
        result += xLogX(b);
        result += xLogX(c);
        result += xLogX(d);
        return xLogX(a + b + c + d) - result;
    }

    /**
     * A scorer for tables whose counts are all at most {@code total}: x·ln x looked up instead of
     * computed, with exactly Mahout's order of operations, so its values are bit-identical to
     * {@link #logLikelihoodRatio} (tested) at a fraction of the cost. Memory: 8 bytes × (total + 1).
     */
    static final class Table {
        private final double[] xLogX;

        Table(long total) {
            if (total > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("table too large: " + total);
            xLogX = new double[(int) total + 1];
            for (int x = 0; x < xLogX.length; x++) xLogX[x] = LogLikelihood.xLogX(x);
        }

        double logLikelihoodRatio(long k11, long k12, long k21, long k22) {
            double[] t = xLogX;
            double rowEntropy = t[(int) (k11 + k12 + k21 + k22)] - t[(int) (k11 + k12)] - t[(int) (k21 + k22)];
            double columnEntropy = t[(int) (k11 + k21 + k12 + k22)] - t[(int) (k11 + k21)] - t[(int) (k12 + k22)];
            double result = 0.0;
            result += t[(int) k11];
            result += t[(int) k12];
            result += t[(int) k21];
            result += t[(int) k22];
            double matrixEntropy = t[(int) (k11 + k12 + k21 + k22)] - result;
            if (rowEntropy + columnEntropy < matrixEntropy) return 0.0;
            return 2.0 * (rowEntropy + columnEntropy - matrixEntropy);
        }

        double rootLogLikelihoodRatio(long k11, long k12, long k21, long k22) {
            double root = Math.sqrt(logLikelihoodRatio(k11, k12, k21, k22));
            if ((double) k11 / (k11 + k12) < (double) k21 / (k21 + k22)) root = -root;
            return root;
        }
    }
}
