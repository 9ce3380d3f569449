package dev.pointe.service.adapter.in.web;

import dev.pointe.service.application.RecommendItems;
import dev.pointe.service.application.port.Experiments;
import dev.pointe.service.config.PointeProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.springdoc.core.annotations.RouterOperation;
import org.springdoc.core.annotations.RouterOperations;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import java.time.Duration;

/**
 * The three per-item lists as functional routes: one dispatch, one parsed query, no per-parameter binding.
 * {@link ItemListApi} describes them in the OpenAPI document.
 */
@Configuration(proxyBeanMethods = false)
public class ItemListRoutes {

    /** The three lists' handlers, shared by the WebFlux routes and the fast path. */
    record ItemListHandlers(ItemListHandler completeTheLook, ItemListHandler boughtTogether, ItemListHandler similar) {
    }

    @Bean
    ItemListHandlers itemListHandlers(@Qualifier("completeTheLook") RecommendItems completeTheLook,
                                      @Qualifier("boughtTogether") RecommendItems boughtTogether,
                                      @Qualifier("similarItems") RecommendItems similarItems,
                                      PointeProperties properties, MeterRegistry registry, Experiments experiments) {
        return new ItemListHandlers(new ItemListHandler(completeTheLook, "ctl", properties, registry, experiments),
                new ItemListHandler(boughtTogether, "bt", properties, registry, experiments),
                new ItemListHandler(similarItems, "sim", properties, registry, experiments));
    }

    /** The same lists straight on Reactor Netty for plain GETs (see {@link FastItemLists}); off with {@code pointe.http.fast-path=false}. */
    @Bean
    FastItemLists fastItemLists(ItemListHandlers handlers, PointeProperties properties, MeterRegistry registry) {
        return new FastItemLists(handlers.completeTheLook(), handlers.boughtTogether(), handlers.similar(), properties, registry);
    }

    /** Graceful shutdown of the fast path: stops before the web server's own graceful shutdown (a higher phase stops first). */
    @Bean
    SmartLifecycle fastItemListsShutdown(FastItemLists fastItemLists) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                fastItemLists.open();
                running = true;
            }

            @Override
            public boolean isPauseable() {
                return false; // like the web server's own lifecycles
            }

            @Override
            public void stop() {
                running = false;
                try {
                    fastItemLists.finishAnswersInFlight(Duration.ofSeconds(5));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return SmartLifecycle.DEFAULT_PHASE - 512; // the web server's graceful shutdown is at DEFAULT_PHASE - 1024
            }
        };
    }

    /** The routes' OpenAPI description (springdoc reads it from a bean). */
    @Bean
    ItemListApi itemListApi() {
        return new ItemListApi();
    }

    @Bean
    @RouterOperations({
            @RouterOperation(path = "/v1/items/{sku}/complete-the-look", method = RequestMethod.GET, beanClass = ItemListApi.class,
                    beanMethod = "completeTheLook"),
            @RouterOperation(path = "/v1/items/{sku}/bought-together", method = RequestMethod.GET, beanClass = ItemListApi.class,
                    beanMethod = "boughtTogether"),
            @RouterOperation(path = "/v1/items/{sku}/similar", method = RequestMethod.GET, beanClass = ItemListApi.class,
                    beanMethod = "similarItems")
    })
    RouterFunction<ServerResponse> itemLists(ItemListHandlers handlers) {
        return RouterFunctions.route()
                .GET("/v1/items/{sku}/complete-the-look", handlers.completeTheLook()::handle)
                .GET("/v1/items/{sku}/bought-together", handlers.boughtTogether()::handle)
                .GET("/v1/items/{sku}/similar", handlers.similar()::handle)
                .build();
    }
}
