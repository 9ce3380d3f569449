package dev.pointe.training.model;

import java.util.List;

/**
 * The three lists of one catalogue item, each best first and full (the list size, or every eligible
 * item when the catalogue has fewer).
 *
 * @param sku             the seed item
 * @param completeTheLook complementary items of other categories; of every category when the catalogue
 *                        has only one (then it equals {@code boughtTogether})
 * @param boughtTogether  items of any category bought with the seed
 * @param similar         same-category substitutes; empty when the category has one item
 */
public record ItemLists(String sku, List<ModelEntry> completeTheLook, List<ModelEntry> boughtTogether, List<ModelEntry> similar) {
}
