package dev.pointe.format;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * One recommended item inside a list value, with what a product card needs and what filters and
 * merchandising rules look at, so that answering a request costs one GET. Encoded as a JSON array
 * in the order sku, title, category, price, imageUrl, brand, stock, colours, tags, score, reason, shared
 * (the item's own part first, the same in every list it appears in); format 1 values lack brand, stock,
 * colours and tags.
 *
 * @param sku      the recommended item
 * @param title    display title
 * @param category its category
 * @param price    list price at training time (the service may overlay live prices); 0 when unknown
 * @param imageUrl image URL or path; empty when none
 * @param score    ranking score; comparable only within one list
 * @param reason   reason code ({@link ReasonCode#code()})
 * @param shared   colour/material/style values shared with the seed; may be empty
 * @param brand    brand; empty when unknown
 * @param stock    units in stock at training time; -1 when unknown (format 1 values: always -1)
 * @param colours  the item's colour families (lower case); may be empty
 * @param tags     the item's style tags (lower case); may be empty
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"sku", "title", "category", "price", "imageUrl", "brand", "stock", "colours", "tags", "score", "reason", "shared"})
public record ListEntry(String sku, String title, String category, double price, String imageUrl, double score,
                        String reason, List<String> shared, String brand, int stock, List<String> colours,
                        List<String> tags) implements RankedEntry {

    /** Stock when the model does not know it. */
    public static final int UNKNOWN_STOCK = -1;

    public ListEntry {
        shared = shared == null ? List.of() : List.copyOf(shared);
        brand = brand == null ? "" : brand;
        colours = colours == null ? List.of() : List.copyOf(colours);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** An entry without brand, stock, colours and tags (what a format 1 value holds). */
    public ListEntry(String sku, String title, String category, double price, String imageUrl, double score,
                     String reason, List<String> shared) {
        this(sku, title, category, price, imageUrl, score, reason, shared, "", UNKNOWN_STOCK, List.of(), List.of());
    }

    /** The same entry with another price (a live price from the shop's catalogue). */
    public ListEntry withPrice(double newPrice) {
        return new ListEntry(sku, title, category, newPrice, imageUrl, score, reason, shared, brand, stock, colours, tags);
    }

    /** The same entry with another score and reason (a merged cart list, a merchandising rule). */
    public ListEntry withScore(double newScore, String newReason) {
        return new ListEntry(sku, title, category, price, imageUrl, newScore, newReason, shared, brand, stock, colours, tags);
    }
}
