package dev.pointe.service.adapter.in.web;

import dev.pointe.service.application.RecommendItems;
import dev.pointe.service.application.port.Experiments;
import dev.pointe.service.config.PointeProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.springdoc.core.annotations.RouterOperation;
import org.springdoc.core.annotations.RouterOperations;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The three per-item lists as functional routes: one dispatch, one parsed query, no per-parameter binding.
 * {@link ItemListApi} describes them in the OpenAPI document.
 */
@Configuration(proxyBeanMethods = false)
public class ItemListRoutes {

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
    RouterFunction<ServerResponse> itemLists(@Qualifier("completeTheLook") RecommendItems completeTheLook,
                                                  @Qualifier("boughtTogether") RecommendItems boughtTogether,
                                                  @Qualifier("similarItems") RecommendItems similarItems,
                                                  PointeProperties properties, MeterRegistry registry, Experiments experiments) {
        ItemListHandler look = new ItemListHandler(completeTheLook, "ctl", properties, registry, experiments);
        ItemListHandler together = new ItemListHandler(boughtTogether, "bt", properties, registry, experiments);
        ItemListHandler similar = new ItemListHandler(similarItems, "sim", properties, registry, experiments);
        return RouterFunctions.route()
                .GET("/v1/items/{sku}/complete-the-look", look::handle)
                .GET("/v1/items/{sku}/bought-together", together::handle)
                .GET("/v1/items/{sku}/similar", similar::handle)
                .build();
    }
}
