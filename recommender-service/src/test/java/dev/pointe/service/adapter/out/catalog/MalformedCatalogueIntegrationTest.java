package dev.pointe.service.adapter.out.catalog;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.pointe.service.config.PointeProperties;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;

import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** A catalogue API that answers 200 with items lacking their sku is broken, and the breaker treats it so. */
class MalformedCatalogueIntegrationTest {

    private final WireMockServer catalogue = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));

    @BeforeEach
    void start() {
        catalogue.start();
    }

    @AfterEach
    void stop() {
        catalogue.stop();
    }

    @Test
    void answersWithoutSkusOpenTheBreakerLikeErrorsDo() {
        catalogue.stubFor(get(urlPathEqualTo("/v1/availability")).willReturn(okJson("[{\"inStock\": true, \"price\": 3}]")));
        PointeProperties.Catalog settings = new PointeProperties.Catalog(catalogue.baseUrl(), Duration.ofSeconds(2),
                Duration.ofMillis(1), 50, Duration.ofSeconds(60));
        CircuitBreaker breaker = CircuitBreaker.of("catalog", CircuitBreakerConfig.custom().failureRateThreshold(50)
                .slidingWindowSize(20).minimumNumberOfCalls(5).waitDurationInOpenState(Duration.ofSeconds(60)).build());
        HttpCatalogAvailability availability = new HttpCatalogAvailability(WebClient.builder().baseUrl(catalogue.baseUrl()).build(),
                settings, breaker, new SimpleMeterRegistry());
        for (int i = 0; i < 20; i++) {
            availability.check(List.of("A" + i)).onErrorResume(e -> reactor.core.publisher.Mono.empty()).block(Duration.ofSeconds(5));
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(catalogue.findAll(getRequestedFor(urlPathEqualTo("/v1/availability")))).as("calls before the breaker opened").hasSize(5);
    }
}
