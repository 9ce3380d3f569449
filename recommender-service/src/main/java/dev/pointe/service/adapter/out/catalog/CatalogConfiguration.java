package dev.pointe.service.adapter.out.catalog;

import dev.pointe.service.application.port.CatalogAvailability;
import dev.pointe.service.config.PointeProperties;
import dev.pointe.service.config.ServiceMetrics;
import dev.pointe.service.domain.Availability;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;

/** Wires the catalogue client, or a disabled one when no base URL is configured. */
@Configuration(proxyBeanMethods = false)
public class CatalogConfiguration {

    @Bean
    CatalogAvailability catalogAvailability(PointeProperties properties, MeterRegistry registry) {
        PointeProperties.Catalog settings = properties.catalog();
        if (settings.baseUrl().isEmpty()) return CatalogAvailability.NONE;
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.failureThreshold())
                .slidingWindowSize(20)
                .minimumNumberOfCalls(5)
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(2)
                .build());
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(registry);
        CircuitBreaker breaker = breakers.circuitBreaker(ServiceMetrics.CATALOG_BREAKER);
        return new HttpCatalogAvailability(WebClient.builder().baseUrl(settings.baseUrl()).build(), settings, breaker, registry);
    }

}
