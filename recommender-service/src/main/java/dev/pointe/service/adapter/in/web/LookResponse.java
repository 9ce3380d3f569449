package dev.pointe.service.adapter.in.web;

import dev.pointe.service.domain.RecommendedItem;
import dev.pointe.service.domain.Recommendations;

import java.util.List;

/**
 * The JSON answer.
 *
 * @param fallback true when a fallback answered instead of the item's own list
 * @param degraded true when live stock and prices could not be checked (catalogue API slow or down)
 */
public record LookResponse(String sku, String modelVersion, boolean fallback, String fallbackKind, boolean degraded,
                           List<RecommendedItem> items) {

    static LookResponse of(Recommendations r) {
        return new LookResponse(r.sku(), r.version(), r.fallback() != null, r.fallback(), r.degraded(), r.items());
    }
}
