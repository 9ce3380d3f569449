package dev.pointe.training.seed;

import dev.pointe.training.catalog.Product;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Simulated shoppers driving a running service, the way {@link ShopperSimulator}'s shoppers shop: each has a
 * latent {@link Look}, opens the page of a product of that look (with its own session id, so that a running
 * experiment assigns it an arm), sees the complete-the-look answer, clicks items of its look with probability
 * {@value #CLICK_IF_FITS} (others {@value #CLICK_OTHERWISE}) and buys {@value #BUY_IF_CLICKED} of the clicked
 * items that fit; every impression, click and purchase goes to {@code POST /v1/events} with the answer's
 * recommendationId. The demo of an A/B test, and the end-to-end test of the loop.
 */
public final class LiveShoppers {

    static final double CLICK_IF_FITS = 0.35;
    static final double CLICK_OTHERWISE = 0.05;
    static final double BUY_IF_CLICKED = 0.3;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the shoppers did; events counts only those the service answered 202 for. */
    public record Result(int shoppers, int impressions, int clicks, int purchases, int eventsAccepted) {
    }

    private final URI base;
    private final List<Product> catalogue;
    private final Map<String, Product> bySku = new HashMap<>();
    private final Random random;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    public LiveShoppers(URI base, List<Product> catalogue, long seed) {
        this.base = base;
        this.catalogue = catalogue;
        this.random = new Random(seed);
        catalogue.forEach(p -> bySku.put(p.sku(), p));
    }

    /** Shoppers {@code from} (inclusive) to {@code to} (exclusive), session ids {@code shopper-<n>}; events in batches of 100. */
    public Result run(int from, int to) throws IOException, InterruptedException {
        Look[] looks = Look.values();
        List<Map<String, Object>> batch = new ArrayList<>();
        int impressions = 0;
        int clicks = 0;
        int purchases = 0;
        int accepted = 0;
        for (int s = from; s < to; s++) {
            String session = "shopper-" + s;
            Look look = looks[random.nextInt(looks.length)];
            List<Product> own = catalogue.stream().filter(look::includes).toList();
            if (own.isEmpty()) continue;
            Product seed = own.get(random.nextInt(own.size()));
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve("/v1/items/" + seed.sku() + "/complete-the-look?limit=6"))
                    .header("X-Pointe-Session", session).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) throw new IOException("GET complete-the-look of " + seed.sku() + " answered " + page.statusCode());
            JsonNode answer = JSON.readTree(page.body());
            String rec = answer.get("recommendationId").asString();
            Instant now = Instant.now();
            for (JsonNode item : answer.get("items")) {
                String sku = item.get("sku").asString();
                batch.add(event(session + "-i-" + sku, "impression", session, sku, now, null, rec));
                impressions++;
                Product p = bySku.get(sku);
                boolean fits = p != null && look.includes(p);
                if (random.nextDouble() < (fits ? CLICK_IF_FITS : CLICK_OTHERWISE)) {
                    clicks++;
                    batch.add(event(session + "-c-" + sku, "click", session, sku, now, null, rec));
                    if (fits && random.nextDouble() < BUY_IF_CLICKED) {
                        purchases++;
                        batch.add(event(session + "-p-" + sku, "purchase", session, sku, now, item.get("price").asDouble(), rec));
                    }
                }
            }
            if (batch.size() >= 100 || s == to - 1) {
                accepted += send(batch);
                batch = new ArrayList<>();
            }
        }
        return new Result(to - from, impressions, clicks, purchases, accepted);
    }

    /** Sends a batch; the number stored. */
    public int send(List<Map<String, Object>> batch) throws IOException, InterruptedException {
        if (batch.isEmpty()) return 0;
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/v1/events")).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("events", batch))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 202) throw new IOException("POST /v1/events answered " + r.statusCode() + ": " + r.body());
        return JSON.readTree(r.body()).get("accepted").asInt();
    }

    /** One event as {@code POST /v1/events} takes it; price and recommendation id may be null. */
    public static Map<String, Object> event(String id, String type, String session, String sku, Instant time, Double price, String rec) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("eventId", id);
        e.put("type", type);
        e.put("sessionId", session);
        e.put("sku", sku);
        e.put("time", time.toString());
        if (price != null) e.put("price", price);
        if (rec != null) e.put("recommendationId", rec);
        return e;
    }
}
