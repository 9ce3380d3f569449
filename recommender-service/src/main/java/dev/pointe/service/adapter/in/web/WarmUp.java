package dev.pointe.service.adapter.in.web;

import dev.pointe.format.ListEntry;
import dev.pointe.service.application.BrowseCatalog;
import dev.pointe.service.config.PointeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends requests through the real HTTP path before the service reports ready, so that a new instance behind a
 * load balancer meets its first traffic with a warm JIT, open Redis connections and filled caches instead of
 * missing its Redis budget. Runs as an {@link ApplicationRunner}: readiness turns to ACCEPTING_TRAFFIC only
 * after it returns. Skipped (at once) when no model can be read; bounded by a request count and a time budget.
 */
@Component
class WarmUp implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);
    private static final String[] LISTS = {"complete-the-look", "bought-together", "similar"};

    private final BrowseCatalog catalog;
    private final PointeProperties.WarmUp settings;
    private final Environment environment;

    WarmUp(BrowseCatalog catalog, PointeProperties properties, Environment environment) {
        this.catalog = catalog;
        this.settings = properties.warmUp();
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        String port = environment.getProperty("local.server.port");
        if (settings.requests() == 0 || port == null) return;
        List<String> skus = new ArrayList<>();
        try {
            var bestSellers = catalog.bestSellers(20).block(Duration.ofSeconds(2));
            if (bestSellers != null) bestSellers.values().forEach(list -> list.stream().map(ListEntry::sku).forEach(skus::add));
        } catch (RuntimeException e) {
            LOG.info("warm-up skipped: no model to read yet ({})", e.getMessage());
            return;
        }
        if (skus.isEmpty()) return;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + settings.maxTime().toNanos();
        Semaphore window = new Semaphore(8);
        AtomicInteger answered = new AtomicInteger();
        long started = System.nanoTime();
        int sent = 0;
        for (; sent < settings.requests() && System.nanoTime() < deadline; sent++) {
            String sku = skus.get(sent % skus.size());
            String list = LISTS[(sent / skus.size()) % LISTS.length];
            // a few limits, so that answers are computed (filtered and encoded), not only read from the answer cache
            URI uri = URI.create("http://127.0.0.1:" + port + "/v1/items/" + sku + "/" + list + "?limit=" + (1 + sent % 20));
            if (!window.tryAcquire(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) break;
            CompletableFuture<HttpResponse<Void>> response = http.sendAsync(
                    HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            response.whenComplete((r, e) -> {
                if (r != null && r.statusCode() == 200) answered.incrementAndGet();
                window.release(); // after counting: the last release is what the final count waits for
            });
        }
        window.tryAcquire(8, Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        LOG.info("warm-up: {} requests, {} answered 200, in {} ms", sent, answered.get(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }
}
