package dev.pointe.training.evaluation;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.events.Baskets;

/**
 * What a method may learn from: the training baskets and the catalogue (item ids of both agree).
 *
 * @param protocol the question the evaluation asks, so that a method may adapt (e.g. only other
 *                 categories for {@link Protocol#CROSS_CATEGORY})
 */
public record TrainingSet(Baskets baskets, Catalog catalog, Protocol protocol) {
}
