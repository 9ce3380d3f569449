package dev.pointe.service.domain;

/**
 * One item of an answer.
 *
 * @param price      list price from the model, in the shop's currency
 * @param score      ranking score, comparable only within one answer
 * @param reasonCode bt, ms, pc, vt or ss (see docs/redis-model-format.md)
 * @param reason     the reason in words, e.g. "often bought together · same palette: blush, satin"
 */
public record RecommendedItem(String sku, String title, String category, double price, String imageUrl, double score,
                              String reasonCode, String reason) {
}
