package dev.pointe.training.similarity;

/**
 * A score of how strongly two items go together, computed from basket counts only.
 *
 * <p>All arguments are (weighted) basket counts over the same training data: {@code both} = baskets
 * holding A and B, {@code countA} / {@code countB} = baskets holding A / B, {@code total} = all
 * baskets. Callers guarantee {@code 0 <= both <= min(countA, countB)} and
 * {@code countA + countB - both <= total}. Higher means more related; a score {@code <= 0} means
 * "no evidence of a positive association" and is never kept as a neighbour.
 */
public interface SimilarityMeasure {

    double score(long both, long countA, long countB, long total);

    /** A short stable name used in configs, manifests and reports (e.g. {@code llr}). */
    String id();

    /**
     * The same measure, possibly specialised for data of {@code total} baskets (e.g. with lookup
     * tables); its scores must equal this measure's exactly. The default is this measure.
     */
    default SimilarityMeasure forTotal(long total) {
        return this;
    }

    /** The measure for a config name: confidence, llr, llr-raw, cosine, jaccard, lift. */
    static SimilarityMeasure named(String name) {
        return switch (name) {
            case "llr" -> Measures.SIGNED_ROOT_LLR;
            case "llr-raw" -> Measures.RAW_LLR;
            case "confidence" -> Measures.CONFIDENCE;
            case "cosine" -> Measures.COSINE;
            case "jaccard" -> Measures.JACCARD;
            case "lift" -> Measures.LIFT;
            default -> throw new IllegalArgumentException(
                    "unknown similarity measure '" + name + "' (expected confidence, llr, llr-raw, cosine, jaccard or lift)");
        };
    }
}
