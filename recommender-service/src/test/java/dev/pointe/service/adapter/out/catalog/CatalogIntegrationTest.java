package dev.pointe.service.adapter.out.catalog;

import dev.pointe.service.TestHttpClients;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.pointe.service.adapter.in.web.LookResponse;
import dev.pointe.training.model.ModelEntry;
import dev.pointe.training.model.TrainedModel;
import dev.pointe.training.publish.StoreFixtures;
import dev.pointe.training.publish.TestRedisServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
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

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Live stock and prices from a catalogue API played by WireMock: normal, slow, failing, garbage, breaker. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // its Redis (and catalogue) stop after the class: close the service rather than leave it reconnecting
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CatalogIntegrationTest {

    private static final String FLATS = "PT-SHO-0001";
    private static final TestRedisServer REDIS = TestRedisServer.start();
    private static final WireMockServer CATALOG = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
    private static final TrainedModel MODEL = StoreFixtures.seeds(2);
    private static final List<ModelEntry> LOOK = MODEL.lists().stream().filter(l -> l.sku().equals(FLATS)).findFirst()
            .orElseThrow().completeTheLook();

    static {
        StoreFixtures.publish(REDIS, MODEL, 1_800_000_000L);
        CATALOG.start();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("pointe.redis.uri", REDIS::uri);
        registry.add("pointe.catalog.base-url", CATALOG::baseUrl);
        registry.add("pointe.catalog.timeout", () -> "1s"); // generous: a cold JVM on a busy CI machine
        // no warm-up: its catalogue calls would reach WireMock before the tests stub it and open the breaker
        registry.add("pointe.warm-up.requests", () -> "0");
        registry.add("pointe.catalog.cache-ttl", () -> "1ms");
        registry.add("pointe.catalog.open-for", () -> "60s");
    }

    @AfterAll
    static void stop() {
        CATALOG.stop();
        REDIS.stop();
    }

    @Autowired
    Environment environment;

    @BeforeEach
    void reset() {
        CATALOG.resetAll();
    }

    private LookResponse look(String query) {
        return TestHttpClients.of(environment)
                .get().uri("/v1/items/" + FLATS + "/complete-the-look?maxPerCategory=5" + query).exchange()
                .expectStatus().isOk().expectBody(LookResponse.class).returnResult().getResponseBody();
    }

    /** The first item of the look is sold out, the second has a new price, the rest are in stock. */
    private static String availability() {
        return LOOK.stream().map(e -> String.format(Locale.ROOT, "{\"sku\":\"%s\",\"inStock\":%s,\"price\":%s}", e.sku(),
                e.sku().equals(LOOK.get(0).sku()) ? "false" : "true", e.sku().equals(LOOK.get(1).sku()) ? "1.23" : "null"))
                .collect(Collectors.joining(",", "[", "]"));
    }

    @Test
    @Order(1)
    void soldOutItemsGoAndLivePricesShow() {
        CATALOG.stubFor(get(urlPathEqualTo("/v1/availability")).willReturn(okJson(availability())));
        // the first catalogue call of a cold JVM can overrun the budget on a busy machine (that answer is
        // rightly degraded, see order 2); what this test is about starts with a warm one
        look("");
        LookResponse look = look("");
        assertThat(look.degraded()).isFalse();
        assertThat(look.items()).hasSize(10).noneMatch(i -> i.sku().equals(LOOK.get(0).sku()));
        assertThat(look.items().get(0).sku()).isEqualTo(LOOK.get(1).sku());
        assertThat(look.items().get(0).price()).isEqualTo(1.23);
        CATALOG.verify(getRequestedFor(urlPathEqualTo("/v1/availability")));

        LookResponse withSoldOut = look("&inStock=false");
        assertThat(withSoldOut.items().get(0).sku()).isEqualTo(LOOK.get(0).sku());
    }

    @Test
    @Order(1)
    void aNewProductTheCatalogueKnowsGetsBestSellersForItsCategory() {
        CATALOG.stubFor(get(urlPathEqualTo("/v1/availability")).willReturn(okJson(
                "[{\"sku\":\"PT-NEW-0001\",\"inStock\":true,\"price\":30,\"category\":\"shoes\"}]")));
        LookResponse similar = TestHttpClients.of(environment).get().uri("/v1/items/PT-NEW-0001/similar?limit=4&inStock=false").exchange()
                .expectStatus().isOk().expectBody(LookResponse.class).returnResult().getResponseBody();
        assertThat(similar.fallbackKind()).isEqualTo("popular-for-unknown-item");
        assertThat(similar.items()).hasSize(4).allSatisfy(i -> assertThat(i.category()).isEqualTo("shoes"));
        // a sku the catalogue does not know either stays unknown
        TestHttpClients.of(environment).get().uri("/v1/items/PT-NEW-0002/similar").exchange().expectStatus().isNotFound();
    }

    @Test
    @Order(2)
    void aSlowCatalogueGivesAnUnfilteredAnswerInTime() {
        CATALOG.stubFor(get(urlPathEqualTo("/v1/availability")).willReturn(okJson(availability()).withFixedDelay(4_000)));
        long t0 = System.nanoTime();
        LookResponse look = look("");
        assertThat((System.nanoTime() - t0) / 1e9).as("answered within the 1 s budget, not after the 4 s delay").isLessThan(3.0);
        assertThat(look.degraded()).isTrue();
        assertThat(look.items().get(0).sku()).isEqualTo(LOOK.get(0).sku()); // unfiltered
    }

    @Test
    @Order(3)
    void aFailingCatalogueOrAGarbageAnswerDegrades() {
        CATALOG.stubFor(get(urlPathEqualTo("/v1/availability")).willReturn(aResponse().withStatus(500)));
        assertThat(look("").degraded()).isTrue();
        CATALOG.stubFor(get(urlPathEqualTo("/v1/availability")).willReturn(okJson("{\"not\": \"a list\"")));
        assertThat(look("").degraded()).isTrue();
        CATALOG.stubFor(get(urlPathEqualTo("/v1/availability")).willReturn(okJson("[{\"price\": 3}]")));
        assertThat(look("").degraded()).isTrue();
    }

    @Test
    @Order(5)
    void theGrafanaDashboardOnlyQueriesMetricsTheServiceExports() throws Exception {
        String dashboard = java.nio.file.Files.readString(dev.pointe.service.deploy.DockerComposeTestSupport.ROOT
                .resolve("docker/grafana/dashboards/pointe-service.json"));
        String scrape = TestHttpClients.management(environment)
                .get().uri("/actuator/prometheus").exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        java.util.Set<String> exported = scrape.lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("[{ ]")[0]).collect(Collectors.toSet());
        java.util.Set<String> queried = new java.util.TreeSet<>();
        java.util.regex.Pattern metric = java.util.regex.Pattern.compile("([a-z][a-z0-9_]*_[a-z0-9_]+)\\s*[{\\[)]");
        for (tools.jackson.databind.JsonNode panel : tools.jackson.databind.json.JsonMapper.builder().build().readTree(dashboard).get("panels")) {
            for (tools.jackson.databind.JsonNode target : panel.get("targets")) {
                java.util.regex.Matcher m = metric.matcher(target.get("expr").asString());
                while (m.find()) queried.add(m.group(1));
            }
        }
        assertThat(queried).contains("http_server_requests_seconds_bucket", "cache_gets_total", "pointe_recommendations_fallbacks_total",
                "pointe_catalog_calls_total", "resilience4j_circuitbreaker_state", "pointe_model_active", "lettuce_command_completion_seconds_sum", "lettuce_command_completion_seconds_count",
                "pointe_online_events_total", "pointe_online_revenue_total");
        assertThat(exported).containsAll(queried);
    }

    @Test
    @Order(4)
    void theBreakerOpensAndStopsCallingABrokenCatalogue() {
        CATALOG.stubFor(get(urlPathEqualTo("/v1/availability")).willReturn(aResponse().withStatus(503)));
        for (int i = 0; i < 10; i++) assertThat(look("").degraded()).isTrue();
        int calls = CATALOG.findAll(getRequestedFor(urlPathEqualTo("/v1/availability"))).size();
        for (int i = 0; i < 10; i++) assertThat(look("").degraded()).isTrue();
        assertThat(CATALOG.findAll(getRequestedFor(urlPathEqualTo("/v1/availability"))))
                .as("no more calls once the breaker is open").hasSize(calls);
        assertThat(calls).isLessThan(10);
    }
}
