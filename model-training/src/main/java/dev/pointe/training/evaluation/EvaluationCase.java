package dev.pointe.training.evaluation;

/**
 * One question: the shopper holds {@code seeds}; a method scores when it shows one of {@code targets}.
 * Both are item ids, disjoint, non-empty.
 */
public record EvaluationCase(int[] seeds, int[] targets) {
}
