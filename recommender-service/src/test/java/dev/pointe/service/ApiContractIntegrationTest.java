package dev.pointe.service;

import dev.pointe.client.ApiClient;
import dev.pointe.client.ApiException;
import dev.pointe.client.ApiResponse;
import dev.pointe.client.api.EventsApi;
import dev.pointe.client.api.RecommendationsApi;
import dev.pointe.client.model.EventBatch;
import dev.pointe.client.model.EventsAccepted;
import dev.pointe.client.model.ShopperEvent;
import dev.pointe.client.model.LookRequest;
import dev.pointe.client.model.RecommendedItem;
import dev.pointe.client.model.Recommendations;
import dev.pointe.training.model.TrainedModel;
import dev.pointe.training.publish.StoreFixtures;
import dev.pointe.training.publish.TestRedisServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The API as a shop's developer meets it: a Java client generated at build time (openapi-generator, from the
 * checked-in docs/openapi.json) calls every public endpoint of the running service, success and error
 * answers alike; and the live /v3/api-docs must equal the checked-in document, so neither drifts.
 * {@code -Dpointe.openapi.update=true} rewrites docs/openapi.json from the live one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiContractIntegrationTest {

    private static final TestRedisServer REDIS = TestRedisServer.start();
    private static final TrainedModel MODEL = StoreFixtures.seeds(2);
    private static final Path SPEC = Path.of(System.getProperty("pointe.repo.root", "..")).resolve("docs/openapi.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FLATS = "PT-SHO-0001";

    static {
        StoreFixtures.publish(REDIS, MODEL, 1_800_000_000L);
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("pointe.redis.uri", REDIS::uri);
        registry.add("pointe.warm-up.requests", () -> "0");
    }

    @AfterAll
    static void stop() {
        REDIS.stop();
    }

    @Autowired
    Environment environment;

    private String base() {
        return "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port");
    }

    private RecommendationsApi api() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base());
        return new RecommendationsApi(client);
    }

    @Test
    @Order(1)
    void theLiveApiDocumentIsTheCheckedInOne() throws Exception {
        String live = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + "/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        JsonNode liveTree = JSON.readTree(live);
        if (Boolean.getBoolean("pointe.openapi.update")) {
            Files.writeString(SPEC, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(liveTree) + "\n");
        }
        assertThat(liveTree).as("docs/openapi.json is out of date: rerun this test with -Dpointe.openapi.update=true and commit it")
                .isEqualTo(JSON.readTree(Files.readString(SPEC)));
        assertThat(liveTree.path("paths").has("/v1/popular")).as("the demo's endpoints are not public API").isFalse();
        assertThat(liveTree.path("components").path("securitySchemes").has("adminApiKey")).isTrue();
        // safe defaults: health without its components, no Swagger UI, no actuator on the public port
        String health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + environment.getRequiredProperty("local.management.port") + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(health).contains("\"status\":\"UP\"").doesNotContain("components", "redis", "version");
        for (String path : List.of("/swagger-ui.html", "/actuator/health", "/actuator/prometheus")) {
            assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    @Order(2)
    void theGeneratedClientGetsTypedAnswers() throws Exception {
        ApiResponse<Recommendations> look = api().completeTheLookWithHttpInfo(FLATS, 6, null, null, null, new BigDecimal("60"), null, null, null, null, null, null, null, null);
        assertThat(look.getStatusCode()).isEqualTo(200);
        Recommendations body = look.getData();
        assertThat(body.getSku()).isEqualTo(FLATS);
        assertThat(body.getModelVersion()).isEqualTo(MODEL.manifest().version());
        assertThat(body.getFallback()).isFalse();
        assertThat(body.getItems()).hasSize(6).allSatisfy(item -> {
            assertThat(item.getCategory()).isNotEqualTo("shoes");
            assertThat(item.getPrice()).isLessThanOrEqualTo(60.0);
            assertThat(item.getReasonCode()).isNotNull();
            assertThat(item.getReason()).isNotBlank();
        });
        String etag = look.getHeaders().get("etag").get(0);

        assertThatThrownBy(() -> api().completeTheLook(FLATS, 6, null, null, null, new BigDecimal("60"), null, null, null, null, null, null, null, etag))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(304));
        assertThat(api().boughtTogether(FLATS, null, null, null, null, null, null, null, null, null, null, null, null, null).getItems()).hasSize(10);
        assertThat(api().similarItems(FLATS, 4, null, null, null, null, null, null, null, null, null, null, null, null).getItems())
                .hasSize(4).extracting(RecommendedItem::getCategory).containsOnly("shoes");
        // paging, and a new product the model does not hold yet (its category names the best-sellers that answer)
        List<String> ten = api().completeTheLook(FLATS, 10, null, null, null, null, null, null, null, null, null, null, null, null)
                .getItems().stream().map(RecommendedItem::getSku).toList();
        assertThat(api().completeTheLook(FLATS, 5, null, null, null, null, null, null, 5, null, null, null, null, null)
                .getItems().stream().map(RecommendedItem::getSku).toList()).isEqualTo(ten.subList(5, 10));
        Recommendations newItem = api().similarItems("PT-NEW-0001", 4, null, null, null, null, null, null, null, null, null, null, "shoes", null);
        assertThat(String.valueOf(newItem.getFallbackKind())).isEqualTo("popular-for-unknown-item");
        assertThat(newItem.getItems()).hasSize(4).extracting(RecommendedItem::getCategory).containsOnly("shoes");
        // the answer's id goes back with the shopper's events
        assertThat(body.getRecommendationId()).startsWith("r1." + MODEL.manifest().version() + ".none.");
        ApiClient events = new ApiClient();
        events.updateBaseUri(base());
        EventsAccepted accepted = new EventsApi(events).sendEvents(new EventBatch().events(List.of(new ShopperEvent().eventId("contract-1")
                .type(ShopperEvent.TypeEnum.CLICK).sessionId("s-1").sku(body.getItems().get(0).getSku())
                .time(java.time.Instant.now().toString()).recommendationId(body.getRecommendationId()))));
        assertThat(accepted.getAccepted()).isEqualTo(1);
        Recommendations cart = api().lookForCart(new LookRequest().skus(List.of(FLATS, "PT-HOS-0010")).limit(5));
        assertThat(cart.getItems()).hasSize(5).noneMatch(i -> i.getSku().equals(FLATS));
        assertThat(api().boughtWithCart(new LookRequest().skus(List.of(FLATS))).getItems()).isNotEmpty();
    }

    @Test
    @Order(3)
    void errorsAreProblemsTheClientSees() {
        assertThatThrownBy(() -> api().completeTheLook(FLATS, 0, null, null, null, null, null, null, null, null, null, null, null, null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(400);
                    assertThat(e.getResponseBody()).contains("\"parameter\":\"limit\"");
                });
        assertThatThrownBy(() -> api().similarItems("NOPE-1", null, null, null, null, null, null, null, null, null, null, null, null, null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(404);
                    assertThat(e.getResponseBody()).contains("unknown-item");
                });
        assertThatThrownBy(() -> api().lookForCart(new LookRequest().skus(List.of())))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(400));
        REDIS.stopProcess();
        assertThatThrownBy(() -> api().boughtTogether("PT-TOP-0003", null, null, null, null, null, null, null, null, null, null, null, null, null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(503);
                    assertThat(e.getResponseHeaders().firstValue("retry-after")).isPresent();
                });
    }
}
