package dev.pointe.service.adapter.in.web;

import io.swagger.v3.oas.annotations.Hidden;

import dev.pointe.format.ItemData;
import dev.pointe.format.ListEntry;
import dev.pointe.service.application.BrowseCatalog;
import dev.pointe.service.domain.InvalidParameterException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The demo storefront's needs: best-sellers per category ({@code GET /v1/popular}), an item
 * ({@code GET /v1/items/{sku}}), generated swatch images ({@code /images/{sku}.svg}) and {@code /demo}.
 */
@Hidden // the demo's endpoints, not part of the public API
@RestController
public class StorefrontController {

    private static final Map<String, String> COLOURS = Map.ofEntries(
            Map.entry("blush", "#f4c2c2"), Map.entry("cream", "#f3ead3"), Map.entry("black", "#222222"),
            Map.entry("lavender", "#c8b6e2"), Map.entry("ivory", "#fffff0"), Map.entry("ballet-pink", "#f7cac9"),
            Map.entry("grey", "#9e9e9e"), Map.entry("navy", "#243a73"), Map.entry("burgundy", "#800020"),
            Map.entry("silver", "#c0c0c0"), Map.entry("white", "#fafafa"), Map.entry("sage", "#b2ac88"));

    private final BrowseCatalog catalog;

    public StorefrontController(BrowseCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping(path = "/v1/popular", produces = "application/json")
    public Mono<Map<String, List<ListEntry>>> popular(@RequestParam(required = false) String limit) {
        int n = ItemListHandler.integer("limit", limit, 12);
        if (n < 1 || n > 50) throw new InvalidParameterException("limit", "must be between 1 and 50");
        return catalog.bestSellers(n);
    }

    @GetMapping(path = "/v1/items/{sku}", produces = "application/json")
    public Mono<ItemData> item(@PathVariable String sku) {
        return catalog.item(sku);
    }

    /** A flat swatch in the item's first colour: the demo needs no photos. */
    @GetMapping(path = "/images/{sku}.svg")
    public Mono<ResponseEntity<String>> swatch(@PathVariable String sku) {
        return catalog.item(sku).map(item -> {
            String fill = item.colours().isEmpty() ? "#dddddd" : COLOURS.getOrDefault(item.colours().get(0), "#dddddd");
            String second = item.colours().size() > 1 ? COLOURS.getOrDefault(item.colours().get(1), fill) : fill;
            String label = escape(item.category().toUpperCase(Locale.ROOT));
            String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"240\" height=\"240\" viewBox=\"0 0 240 240\">"
                    + "<rect width=\"240\" height=\"240\" fill=\"" + fill + "\"/>"
                    + "<path d=\"M0 240 L240 120 L240 240 Z\" fill=\"" + second + "\" opacity=\"0.8\"/>"
                    + "<text x=\"120\" y=\"128\" font-family=\"sans-serif\" font-size=\"20\" text-anchor=\"middle\" fill=\"#555\">"
                    + label + "</text></svg>";
            return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                    .cacheControl(CacheControl.maxAge(Duration.ofHours(1))).body(svg);
        });
    }

    @GetMapping("/demo")
    public ResponseEntity<Void> demo() {
        return ResponseEntity.status(302).location(URI.create("/demo/index.html")).build();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
