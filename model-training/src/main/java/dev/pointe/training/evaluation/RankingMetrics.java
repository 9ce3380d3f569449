package dev.pointe.training.evaluation;

/**
 * Pure ranking metrics for one list against a set of relevant (held-out) items, binary relevance.
 * {@code ranked} is best first; only its first {@code k} entries count. All results are in [0, 1].
 */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    /** 1 when any relevant item is in the top k, else 0. */
    public static double hitRate(int[] ranked, int[] relevant, int k) {
        return hits(ranked, relevant, k) > 0 ? 1 : 0;
    }

    /** Relevant items in the top k, divided by k. */
    public static double precision(int[] ranked, int[] relevant, int k) {
        return (double) hits(ranked, relevant, k) / k;
    }

    /** Relevant items in the top k, divided by the number of relevant items. */
    public static double recall(int[] ranked, int[] relevant, int k) {
        return relevant.length == 0 ? 0 : (double) hits(ranked, relevant, k) / relevant.length;
    }

    /** DCG of the top k (gain 1/log2(rank+1)) over the best possible DCG with these many relevant items. */
    public static double ndcg(int[] ranked, int[] relevant, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.length); i++) {
            if (contains(relevant, ranked[i])) dcg += 1.0 / log2(i + 2);
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(k, relevant.length); i++) ideal += 1.0 / log2(i + 2);
        return ideal == 0 ? 0 : dcg / ideal;
    }

    static int hits(int[] ranked, int[] relevant, int k) {
        int hits = 0;
        for (int i = 0; i < Math.min(k, ranked.length); i++) {
            if (contains(relevant, ranked[i])) hits++;
        }
        return hits;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static boolean contains(int[] array, int value) {
        for (int v : array) if (v == value) return true;
        return false;
    }
}
