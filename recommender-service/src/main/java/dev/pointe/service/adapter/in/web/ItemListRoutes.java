package dev.pointe.service.adapter.in.web;

import dev.pointe.service.application.RecommendItems;
import dev.pointe.service.config.PointeProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springdoc.core.annotations.RouterOperation;
import org.springdoc.core.annotations.RouterOperations;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The three per-item lists as functional routes: one dispatch, one parsed query, no per-parameter binding.
 * The annotations only describe them in the OpenAPI document.
 */
@Configuration(proxyBeanMethods = false)
public class ItemListRoutes {

    @Bean
    @RouterOperations({
            @RouterOperation(path = "/v1/items/{sku}/complete-the-look", method = RequestMethod.GET, operation = @Operation(
                    operationId = "completeTheLook", summary = "Items of other categories that complete the look of one item",
                    parameters = {@Parameter(name = "sku", in = ParameterIn.PATH, required = true)}, responses = {
                    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LookResponse.class))),
                    @ApiResponse(responseCode = "404", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))})),
            @RouterOperation(path = "/v1/items/{sku}/bought-together", method = RequestMethod.GET, operation = @Operation(
                    operationId = "boughtTogether", summary = "Items of any category often bought with one item",
                    parameters = {@Parameter(name = "sku", in = ParameterIn.PATH, required = true)}, responses = {
                    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LookResponse.class))),
                    @ApiResponse(responseCode = "404", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))})),
            @RouterOperation(path = "/v1/items/{sku}/similar", method = RequestMethod.GET, operation = @Operation(
                    operationId = "similarItems", summary = "Items of the same category that shoppers compare with one item",
                    parameters = {@Parameter(name = "sku", in = ParameterIn.PATH, required = true)}, responses = {
                    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LookResponse.class))),
                    @ApiResponse(responseCode = "404", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))}))
    })
    RouterFunction<ServerResponse> itemLists(@Qualifier("completeTheLook") RecommendItems completeTheLook,
                                                  @Qualifier("boughtTogether") RecommendItems boughtTogether,
                                                  @Qualifier("similarItems") RecommendItems similarItems,
                                                  PointeProperties properties, MeterRegistry registry) {
        ItemListHandler look = new ItemListHandler(completeTheLook, "ctl", properties, registry);
        ItemListHandler together = new ItemListHandler(boughtTogether, "bt", properties, registry);
        ItemListHandler similar = new ItemListHandler(similarItems, "sim", properties, registry);
        return RouterFunctions.route()
                .GET("/v1/items/{sku}/complete-the-look", look::handle)
                .GET("/v1/items/{sku}/bought-together", together::handle)
                .GET("/v1/items/{sku}/similar", similar::handle)
                .build();
    }
}
