package dev.pointe.service.domain;

import java.util.List;

/**
 * An answer: the items, and where they came from.
 *
 * @param sku      the seed item
 * @param version  the model version that answered
 * @param fallback null when the item's own list answered; otherwise which fallback did
 *                 ({@code popular-in-complementary-categories})
 * @param degraded true when live stock and prices could not be checked: the answer is unfiltered
 */
public record Recommendations(String sku, String version, List<RecommendedItem> items, String fallback, boolean degraded) {

    public Recommendations(String sku, String version, List<RecommendedItem> items, String fallback) {
        this(sku, version, items, fallback, false);
    }
}
