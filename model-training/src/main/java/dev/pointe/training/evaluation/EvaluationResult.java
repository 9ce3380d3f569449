package dev.pointe.training.evaluation;

import java.util.List;

/**
 * The scores of every method on one split.
 *
 * @param dataset   a label for the data (e.g. {@code seeds}, {@code hm-fashion})
 * @param cases     number of evaluation cases
 * @param trainBaskets baskets in the training part
 */
public record EvaluationResult(String dataset, SplitKind split, Protocol protocol, long seed, int cases,
                               int trainBaskets, List<Integer> ks, List<MethodResult> methods) {

    /** The same result with every training time set to 0, for reports that must be reproducible. */
    public EvaluationResult withoutTimings() {
        return new EvaluationResult(dataset, split, protocol, seed, cases, trainBaskets, ks, methods.stream()
                .map(m -> new MethodResult(m.method(), m.hitRate(), m.ndcg(), m.precision(), m.recall(), m.coverage(),
                        m.diversity(), 0))
                .toList());
    }

    /** The result of the named method, or null. */
    public MethodResult method(String name) {
        return methods.stream().filter(m -> m.method().equals(name)).findFirst().orElse(null);
    }
}
