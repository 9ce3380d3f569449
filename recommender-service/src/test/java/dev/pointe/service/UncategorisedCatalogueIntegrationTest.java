package dev.pointe.service;

import dev.pointe.service.adapter.in.web.LookResponse;
import dev.pointe.training.cli.PointeCli;
import dev.pointe.training.publish.TestRedisServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shop whose catalogue has no categories (a CSV with an empty category column, as many exports have):
 * trained and published by the trainer's command line, served by the service. Complete the look then
 * means "bought together" over every item: full lists for every item, from GET and from POST /v1/looks,
 * never an empty answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class UncategorisedCatalogueIntegrationTest {

    private static final TestRedisServer REDIS = TestRedisServer.start();
    private static final int ITEMS = 60;

    /** Trains and publishes before the service starts (not in a static initializer: see ServedListsIntegrationTest). */
    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        try {
            Path dir = Files.createTempDirectory("pointe-uncategorised");
            StringBuilder catalog = new StringBuilder("sku,title,category\n");
            for (int i = 0; i < ITEMS; i++) catalog.append(sku(i)).append(",Item ").append(i).append(",\n");
            Files.writeString(dir.resolve("catalog.csv"), catalog);
            // baskets: items go in pairs (i, i+1) and with a few staples; seeded, so the model is the same every run
            SplittableRandom random = new SplittableRandom(7);
            StringBuilder baskets = new StringBuilder();
            for (int b = 0; b < 3000; b++) {
                int i = random.nextInt(ITEMS - 1);
                baskets.append(sku(i)).append(' ').append(sku(i + 1));
                if (random.nextInt(3) == 0) baskets.append(' ').append(sku(random.nextInt(5)));
                baskets.append('\n');
            }
            Files.writeString(dir.resolve("baskets.txt"), baskets);
            int exit = PointeCli.run("train", "--catalog", dir.resolve("catalog.csv").toString(), "--catalog-format", "csv",
                    "--sku-col", "sku", "--category-col", "", "--events", dir.resolve("baskets.txt").toString(),
                    "--events-format", "basket-lines", "--delimiter", "space", "--out", dir.resolve("model").toString(),
                    "--no-progress", "--publish", "--redis", REDIS.uri());
            if (exit != 0) throw new IllegalStateException("train --publish exited with " + exit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("pointe.redis.uri", REDIS::uri);
    }

    private static String sku(int i) {
        return String.format("U-%03d", i);
    }

    @AfterAll
    static void stopRedis() {
        REDIS.stop();
    }

    @Autowired
    Environment environment;

    @Test
    void everyItemGetsAFullLookOfItemsBoughtWithIt() {
        WebTestClient client = TestHttpClients.of(environment);
        for (int i = 0; i < ITEMS; i++) {
            String seed = sku(i);
            LookResponse look = client.get().uri("/v1/items/{sku}/complete-the-look", seed).exchange().expectStatus().isOk()
                    .expectBody(LookResponse.class).returnResult().getResponseBody();
            assertThat(look.items()).as("look of %s", seed).hasSize(10).noneMatch(item -> item.sku().equals(seed));
            assertThat(look.fallback()).isFalse();
            // its basket partners come first
            List<String> partners = i == 0 ? List.of(sku(1)) : i == ITEMS - 1 ? List.of(sku(i - 1)) : List.of(sku(i - 1), sku(i + 1));
            assertThat(look.items().subList(0, 4)).extracting(item -> item.sku()).containsAnyElementsOf(partners);
            assertThat(look.items().get(0).category()).isEqualTo("uncategorised");
        }
    }

    @Test
    void aCartsLookIsFullToo() {
        WebTestClient client = TestHttpClients.of(environment);
        LookResponse look = client.post().uri("/v1/looks").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("skus", List.of(sku(10), sku(11), sku(30)), "limit", 8)).exchange()
                .expectStatus().isOk().expectBody(LookResponse.class).returnResult().getResponseBody();

        assertThat(look.items()).hasSize(8).extracting(item -> item.sku()).doesNotContain(sku(10), sku(11), sku(30))
                .contains(sku(12));
        // with its defaults: a full look (no cap per category where there is only one category)
        LookResponse defaults = client.post().uri("/v1/looks").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("skus", List.of(sku(10), sku(11)))).exchange()
                .expectStatus().isOk().expectBody(LookResponse.class).returnResult().getResponseBody();
        assertThat(defaults.items()).hasSize(10);
    }
}
