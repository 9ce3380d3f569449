package dev.pointe.service.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ProblemDetail;

import dev.pointe.format.ServedLists;
import dev.pointe.service.application.BoughtWithCart;
import dev.pointe.service.application.ShopTheLook;
import dev.pointe.service.domain.InvalidParameterException;
import dev.pointe.format.RecommendationId;
import dev.pointe.service.domain.ListQuery;
import dev.pointe.service.domain.Recommendations;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * A cart in, one list out: {@code POST /v1/looks} (the look that completes the cart: other categories)
 * and {@code POST /v1/bought-together} (what else goes in the cart: any category).
 */
@RestController
@Tag(name = "recommendations")
public class LookController {

    private static final int MAX_SEEDS = 50;

    private final ShopTheLook shopTheLook;
    private final BoughtWithCart boughtWithCart;

    public LookController(ShopTheLook shopTheLook, BoughtWithCart boughtWithCart) {
        this.shopTheLook = shopTheLook;
        this.boughtWithCart = boughtWithCart;
    }

    @Operation(operationId = "lookForCart", summary = "One look that completes a cart: items of other categories than the cart's")
    @ApiResponse(responseCode = "200", description = "The look, best first.")
    @ApiResponse(responseCode = "400", description = "The body is invalid; `parameter` names the field.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "No model yet, or the model store is unavailable.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/v1/looks", consumes = "application/json", produces = "application/json")
    public Mono<LookResponse> look(@RequestBody(required = false) LookRequest request) {
        List<String> skus = skus(request);
        ListQuery query = query(request, ServedLists.LOOK_MAX_PER_CATEGORY);
        return shopTheLook.recommend(skus, query).map(r -> LookResponse.of(r, id(r, "looks", skus, query)));
    }

    @Operation(operationId = "boughtWithCart", summary = "What else goes in a cart: items of any category bought with its items")
    @ApiResponse(responseCode = "200", description = "The list, best first.")
    @ApiResponse(responseCode = "400", description = "The body is invalid; `parameter` names the field.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "No model yet, or the model store is unavailable.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/v1/bought-together", consumes = "application/json", produces = "application/json")
    public Mono<LookResponse> boughtTogether(@RequestBody(required = false) LookRequest request) {
        List<String> skus = skus(request);
        ListQuery query = query(request, ListQuery.NO_CAP);
        return boughtWithCart.recommend(skus, query).map(r -> LookResponse.of(r, id(r, "cart", skus, query)));
    }

    /** Cart answers come from the active version, outside any experiment. */
    private static RecommendationId id(Recommendations r, String list, List<String> skus, ListQuery query) {
        return RecommendationId.of(r.version(), RecommendationId.NO_ARM, java.util.Objects.hash(list, skus, query));
    }

    private static List<String> skus(LookRequest request) {
        if (request == null || request.skus() == null || request.skus().isEmpty()) {
            throw new InvalidParameterException("skus", "must list at least one sku");
        }
        if (request.skus().size() > MAX_SEEDS) throw new InvalidParameterException("skus", "must list at most " + MAX_SEEDS + " skus");
        if (request.skus().stream().anyMatch(s -> s == null || s.isBlank())) throw new InvalidParameterException("skus", "must not contain blank skus");
        return List.copyOf(new LinkedHashSet<>(request.skus()));
    }

    private static ListQuery query(LookRequest request, int defaultMaxPerCategory) {
        return new ListQuery(request.limit() == null ? ListQuery.DEFAULT_LIMIT : request.limit(),
                request.category() == null ? null : new LinkedHashSet<>(request.category()),
                request.exclude() == null ? null : new LinkedHashSet<>(request.exclude()), request.minPrice(), request.maxPrice(),
                request.maxPerCategory() == null ? defaultMaxPerCategory : request.maxPerCategory());
    }
}
