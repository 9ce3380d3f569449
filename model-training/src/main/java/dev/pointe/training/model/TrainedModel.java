package dev.pointe.training.model;

import dev.pointe.training.catalog.Product;

import java.util.List;
import java.util.Map;

/**
 * A finished model: its manifest, the products it covers (sku order), their lists (same order), and
 * the best-sellers of every category (the service's last fallback), category → best first.
 */
public record TrainedModel(Manifest manifest, List<Product> products, List<ItemLists> lists,
                           Map<String, List<ModelEntry>> popular) {
}
