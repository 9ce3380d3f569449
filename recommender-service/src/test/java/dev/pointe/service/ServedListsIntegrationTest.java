package dev.pointe.service;

import dev.pointe.service.adapter.in.web.LookResponse;
import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.data.Dataset;
import dev.pointe.training.data.DatasetLoader;
import dev.pointe.training.data.DatasetPresets;
import dev.pointe.training.evaluation.Protocol;
import dev.pointe.training.evaluation.PublishedLists;
import dev.pointe.training.evaluation.Recommender;
import dev.pointe.training.looks.LookConfig;
import dev.pointe.training.looks.LookModel;
import dev.pointe.training.model.ModelBuilder;
import dev.pointe.training.model.TrainedModel;
import dev.pointe.training.publish.StoreFixtures;
import dev.pointe.training.publish.TestRedisServer;
import dev.pointe.training.similarity.CooccurrenceConfig;
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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One truth: for every item of the seed catalogue, the service's answers with default parameters are
 * exactly the lists the offline evaluation scores ({@link PublishedLists}): complete the look, bought
 * together, similar items, and a cart's look. So an HR@10 in docs/evaluation.md is an HR@10 of what
 * shoppers are shown.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ServedListsIntegrationTest {

    private static final TestRedisServer REDIS = TestRedisServer.start();
    private static Dataset SEEDS;

    /**
     * Trains and publishes before the service starts. Not in a static initializer: the trainer's worker
     * threads call back into lambdas of this class, which would wait for its initialization forever.
     */
    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        SEEDS = new DatasetLoader().load(
                DatasetPresets.seeds(Path.of(System.getProperty("pointe.repo.root", "..")).resolve("seeds"), 0.05), n -> { });
        TrainedModel model = new ModelBuilder(CooccurrenceConfig.defaults(), LookConfig.defaults()).build(SEEDS, null, List.of(), n -> { });
        StoreFixtures.publish(REDIS, model, 1_800_000_000L);
        registry.add("pointe.redis.uri", REDIS::uri);
    }

    @AfterAll
    static void stopRedis() {
        REDIS.stop();
    }

    @Autowired
    Environment environment;

    private List<String> served(WebTestClient client, String path) {
        LookResponse answer = client.get().uri(path).exchange().expectStatus().isOk()
                .expectBody(LookResponse.class).returnResult().getResponseBody();
        return answer.items().stream().map(i -> i.sku()).toList();
    }

    private static List<String> skus(Catalog catalog, int[] ids) {
        return Arrays.stream(ids).mapToObj(id -> catalog.product(id).sku()).toList();
    }

    @Test
    void everyItemsAnswersAreTheListsTheEvaluationScores() {
        Catalog catalog = SEEDS.catalog();
        LookModel learned = LookModel.learn(SEEDS.baskets(), catalog, CooccurrenceConfig.defaults(), LookConfig.defaults(), n -> { });
        Recommender look = PublishedLists.recommender(learned, LookConfig.defaults(), Protocol.CROSS_CATEGORY);
        Recommender together = PublishedLists.recommender(learned, LookConfig.defaults(), Protocol.NEXT_ITEM);
        Recommender similar = PublishedLists.recommender(learned, LookConfig.defaults(), Protocol.SAME_CATEGORY);
        WebTestClient client = TestHttpClients.of(environment);
        int k = dev.pointe.format.ServedLists.DEFAULT_LIMIT;

        for (int item = 0; item < catalog.size(); item++) {
            String sku = catalog.product(item).sku();
            int[] seed = {item};
            assertThat(served(client, "/v1/items/" + sku + "/complete-the-look")).as("complete the look of %s", sku)
                    .hasSize(k).containsExactlyElementsOf(skus(catalog, look.recommend(seed, k)));
            assertThat(served(client, "/v1/items/" + sku + "/bought-together")).as("bought together of %s", sku)
                    .hasSize(k).containsExactlyElementsOf(skus(catalog, together.recommend(seed, k)));
            assertThat(served(client, "/v1/items/" + sku + "/similar")).as("similar items of %s", sku)
                    .containsExactlyElementsOf(skus(catalog, similar.recommend(seed, k)));
        }
    }

    @Test
    void aCartsLookAndWhatElseGoesInItAreTheMergesTheEvaluationScores() {
        Catalog catalog = SEEDS.catalog();
        LookModel learned = LookModel.learn(SEEDS.baskets(), catalog, CooccurrenceConfig.defaults(), LookConfig.defaults(), n -> { });
        Recommender looks = PublishedLists.recommender(learned, LookConfig.defaults(), Protocol.CROSS_CATEGORY_ALL);
        Recommender carts = PublishedLists.recommender(learned, LookConfig.defaults(), Protocol.REST_OF_BASKET);
        WebTestClient client = TestHttpClients.of(environment);

        List<int[]> cartsAsked = new ArrayList<>();
        for (int b = 0; b < SEEDS.baskets().size() && cartsAsked.size() < 40; b += 97) {
            if (SEEDS.baskets().basketSize(b) >= 2) cartsAsked.add(SEEDS.baskets().itemsOf(b));
        }
        for (int[] cart : cartsAsked) {
            LookResponse look = client.post().uri("/v1/looks").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("skus", skus(catalog, cart))).exchange().expectStatus().isOk()
                    .expectBody(LookResponse.class).returnResult().getResponseBody();
            assertThat(look.items().stream().map(i -> i.sku()).toList()).as("look of cart %s", skus(catalog, cart))
                    .containsExactlyElementsOf(skus(catalog, looks.recommend(cart, 10)));
            LookResponse together = client.post().uri("/v1/bought-together").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("skus", skus(catalog, cart))).exchange().expectStatus().isOk()
                    .expectBody(LookResponse.class).returnResult().getResponseBody();
            assertThat(together.items().stream().map(i -> i.sku()).toList()).as("bought with cart %s", skus(catalog, cart))
                    .hasSize(10).containsExactlyElementsOf(skus(catalog, carts.recommend(cart, 10)));
        }
    }
}
