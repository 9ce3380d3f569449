package dev.pointe.training.similarity;

/** The built-in {@link SimilarityMeasure}s. */
public enum Measures implements SimilarityMeasure {

    /**
     * Mahout's signed root log-likelihood ratio; negative for pairs seen together less often than
     * chance. Our default: unlike the raw statistic it never promotes anti-correlated best-sellers.
     */
    SIGNED_ROOT_LLR("llr") {
        @Override
        public double score(long both, long countA, long countB, long total) {
            return LogLikelihood.rootLogLikelihoodRatio(both, countA - both, countB - both, total - countA - countB + both);
        }

        @Override
        public SimilarityMeasure forTotal(long total) {
            if (total > TABLE_LIMIT) return this;
            LogLikelihood.Table table = new LogLikelihood.Table(total);
            return new Specialised(this, (both, a, b, n) -> table.rootLogLikelihoodRatio(both, a - both, b - both, n - a - b + both));
        }
    },
    /**
     * Mahout's raw (unsigned) G², as Taste's {@code LogLikelihoodSimilarity} ranks by. Kept for
     * comparison: it scores "never together" as highly as "always together".
     */
    RAW_LLR("llr-raw") {
        @Override
        public double score(long both, long countA, long countB, long total) {
            if (both == 0) return 0;
            return LogLikelihood.logLikelihoodRatio(both, countB - both, countA - both, total - countA - countB + both);
        }

        @Override
        public SimilarityMeasure forTotal(long total) {
            if (total > TABLE_LIMIT) return this;
            LogLikelihood.Table table = new LogLikelihood.Table(total);
            return new Specialised(this, (both, a, b, n) -> both == 0 ? 0 : table.logLikelihoodRatio(both, b - both, a - both, n - a - b + both));
        }
    },
    /**
     * Confidence P(B | A), smoothed by one pseudo-basket spread by popularity:
     * (both + P(B)) / (countA + 1) with P(B) = countB / total. For a fixed A it ranks candidates by how
     * many baskets they share with A, then by popularity: the plain co-occurrence count, with the tie rule
     * that makes counting hard to beat on sparse data.
     */
    CONFIDENCE("confidence") {
        @Override
        public double score(long both, long countA, long countB, long total) {
            if (both == 0 || total == 0) return 0;
            return (both + (double) countB / total) / (countA + 1.0);
        }
    },
    /** Cosine of the two binary basket vectors: both / sqrt(countA * countB), in [0, 1]. */
    COSINE("cosine") {
        @Override
        public double score(long both, long countA, long countB, long total) {
            return countA == 0 || countB == 0 ? 0 : both / Math.sqrt((double) countA * countB);
        }
    },
    /** Jaccard index: both / (countA + countB - both), in [0, 1]. */
    JACCARD("jaccard") {
        @Override
        public double score(long both, long countA, long countB, long total) {
            long union = countA + countB - both;
            return union == 0 ? 0 : (double) both / union;
        }
    },
    /**
     * Lift minus one: P(A,B) / (P(A) P(B)) - 1, so that independence scores 0 and only positive
     * associations are kept.
     */
    LIFT("lift") {
        @Override
        public double score(long both, long countA, long countB, long total) {
            return countA == 0 || countB == 0 ? 0 : (double) both * total / ((double) countA * countB) - 1.0;
        }
    };

    /** Up to this many baskets the LLR measures use an x·ln x table (at most 128 MB). */
    static final long TABLE_LIMIT = 16_000_000L;

    private final String configName;

    Measures(String configName) {
        this.configName = configName;
    }

    @Override
    public String id() {
        return configName;
    }

    /** A table-backed variant of a measure; same id, same values. */
    private record Specialised(SimilarityMeasure base, Scorer scorer) implements SimilarityMeasure {
        @Override
        public double score(long both, long countA, long countB, long total) {
            return scorer.score(both, countA, countB, total);
        }

        @Override
        public String id() {
            return base.id();
        }
    }

    @FunctionalInterface
    private interface Scorer {
        double score(long both, long countA, long countB, long total);
    }
}
