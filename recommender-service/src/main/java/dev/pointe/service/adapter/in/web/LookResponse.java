package dev.pointe.service.adapter.in.web;

import dev.pointe.service.domain.RecommendedItem;
import dev.pointe.service.domain.Recommendations;
import dev.pointe.format.RecommendationId;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * The JSON answer of every list endpoint: the documented schema. The GET endpoints write the same shape with
 * {@link AnswerJson} (a test holds the two equal).
 *
 * @param fallback true when a fallback answered instead of the item's own list
 * @param degraded true when live stock and prices could not be checked (catalogue API slow or down)
 */
@Schema(name = "Recommendations", description = "A list of recommended items for one item or cart, best first.")
public record LookResponse(
        @Schema(description = "The seed item (the first of the cart for POST requests).", example = "PT-SHO-0001", requiredMode = Schema.RequiredMode.REQUIRED)
        String sku,
        @Schema(description = "The model version that answered.", example = "20261201T101500Z-3f2a9c", requiredMode = Schema.RequiredMode.REQUIRED)
        String modelVersion,
        @Schema(description = "True when a fallback answered instead of the item's own list.", requiredMode = Schema.RequiredMode.REQUIRED)
        boolean fallback,
        @Schema(description = "Which fallback answered; null when the item's own list did.", nullable = true,
                allowableValues = {"popular-in-complementary-categories", "popular-for-unknown-item"})
        String fallbackKind,
        @Schema(description = "True when live stock and prices could not be checked: the answer is unfiltered by them.",
                requiredMode = Schema.RequiredMode.REQUIRED)
        boolean degraded,
        @Schema(description = "The items, best first; at most `limit`.", requiredMode = Schema.RequiredMode.REQUIRED)
        List<Item> items,
        @Schema(description = "Identifies this answer: send it back with impression, click, add_to_cart and purchase events "
                + "(POST /v1/events) so that they count for the model version and experiment arm that answered.",
                example = "r1.16e1eb3b33c52bda.none.3fa2c901", requiredMode = Schema.RequiredMode.REQUIRED)
        String recommendationId,
        @Schema(description = "The experiment arm that answered; `none` outside any experiment.", example = "none",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String arm) {

    /** One recommended item with what a product card needs. */
    @Schema(name = "RecommendedItem")
    public record Item(
            @Schema(example = "PT-HOS-0010", requiredMode = Schema.RequiredMode.REQUIRED) String sku,
            @Schema(example = "Sheer Blush Tights", requiredMode = Schema.RequiredMode.REQUIRED) String title,
            @Schema(example = "hosiery", requiredMode = Schema.RequiredMode.REQUIRED) String category,
            @Schema(description = "List price in the shop's currency (the live price when the catalogue API answers); 0 when unknown.",
                    example = "14.5", requiredMode = Schema.RequiredMode.REQUIRED) double price,
            @Schema(description = "Image URL or path; empty when none.", requiredMode = Schema.RequiredMode.REQUIRED) String imageUrl,
            @Schema(description = "Ranking score; comparable only within one answer.", requiredMode = Schema.RequiredMode.REQUIRED) double score,
            @Schema(description = "Why it is recommended: bt bought together, bv bought with a variant of the item, ms matching "
                    + "style, pc popular in its category, vt viewed together, ss similar style; pinned and boosted by a shop's merchandising rule.",
                    allowableValues = {"bt", "bv", "ms", "pc", "vt", "ss", "pinned", "boosted"}, requiredMode = Schema.RequiredMode.REQUIRED) String reasonCode,
            @Schema(description = "The reason in words.", example = "often bought together · same style: blush, satin",
                    requiredMode = Schema.RequiredMode.REQUIRED) String reason) {

        static Item of(RecommendedItem i) {
            return new Item(i.sku(), i.title(), i.category(), i.price(), i.imageUrl(), i.score(), i.reasonCode(), i.reason());
        }
    }

    static LookResponse of(Recommendations r, RecommendationId id) {
        return new LookResponse(r.sku(), r.version(), r.fallback() != null, r.fallback(), r.degraded(),
                r.items().stream().map(Item::of).toList(), id.toString(), id.arm());
    }
}
