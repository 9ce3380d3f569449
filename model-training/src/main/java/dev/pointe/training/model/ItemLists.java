package dev.pointe.training.model;

import java.util.List;

/**
 * The two lists of one catalogue item.
 *
 * @param sku             the seed item
 * @param completeTheLook complementary items of other categories, best first; empty only when the
 *                        catalogue has a single category
 * @param similar         same-category substitutes, best first; empty when the category has one item
 */
public record ItemLists(String sku, List<ModelEntry> completeTheLook, List<ModelEntry> similar) {
}
