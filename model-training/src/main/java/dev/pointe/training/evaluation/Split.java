package dev.pointe.training.evaluation;

import dev.pointe.training.events.Baskets;

import java.util.List;

/** Training baskets and the held-out cases of one split. */
public record Split(SplitKind kind, Protocol protocol, Baskets training, List<EvaluationCase> cases) {
}
