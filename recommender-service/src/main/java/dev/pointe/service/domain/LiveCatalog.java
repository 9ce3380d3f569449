package dev.pointe.service.domain;

import dev.pointe.format.ListEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Applies live stock and prices to candidate entries. */
public final class LiveCatalog {

    private LiveCatalog() {
    }

    /**
     * The entries with live prices; without the out-of-stock ones when {@code inStockOnly}. Items the
     * catalogue does not know are kept as they are.
     */
    public static List<ListEntry> apply(List<ListEntry> entries, Map<String, Availability> live, boolean inStockOnly) {
        List<ListEntry> out = new ArrayList<>(entries.size());
        for (ListEntry e : entries) {
            Availability a = live.get(e.sku());
            if (a == null) {
                out.add(e);
                continue;
            }
            if (inStockOnly && !a.inStock()) continue;
            out.add(a.price() == null ? e
                    : e.withPrice(a.price()));
        }
        return out;
    }
}
