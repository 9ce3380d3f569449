package dev.pointe.training.evaluation;

import java.util.List;

/**
 * The scores of every method on one split and protocol.
 *
 * @param dataset      a label for the data (e.g. {@code seeds}, {@code hm-fashion})
 * @param cases        number of evaluation cases
 * @param trainBaskets baskets in the training part
 * @param comparisons  Pointe's published list against every other method, at the main K
 */
public record EvaluationResult(String dataset, SplitKind split, Protocol protocol, long seed, int cases,
                               int trainBaskets, List<Integer> ks, List<MethodResult> methods, List<Comparison> comparisons) {

    /** The same result with every training time set to 0, for reports that must be reproducible. */
    public EvaluationResult withoutTimings() {
        return new EvaluationResult(dataset, split, protocol, seed, cases, trainBaskets, ks,
                methods.stream().map(MethodResult::withoutTiming).toList(), comparisons);
    }

    /** The result of the named method, or null. */
    public MethodResult method(String name) {
        return methods.stream().filter(m -> m.method().equals(name)).findFirst().orElse(null);
    }

    /** Pointe's comparison with the named method, or null. */
    public Comparison comparison(String baseline) {
        return comparisons.stream().filter(c -> c.baseline().equals(baseline)).findFirst().orElse(null);
    }
}
