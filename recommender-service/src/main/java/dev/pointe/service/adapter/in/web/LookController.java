package dev.pointe.service.adapter.in.web;

import dev.pointe.format.ServedLists;
import dev.pointe.service.application.ShopTheLook;
import dev.pointe.service.domain.InvalidParameterException;
import dev.pointe.service.domain.ListQuery;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.LinkedHashSet;
import java.util.List;

/** {@code POST /v1/looks}: several seeds in, one merged look out. */
@RestController
public class LookController {

    private static final int MAX_SEEDS = 50;

    private final ShopTheLook shopTheLook;

    public LookController(ShopTheLook shopTheLook) {
        this.shopTheLook = shopTheLook;
    }

    @PostMapping(path = "/v1/looks", consumes = "application/json", produces = "application/json")
    public Mono<LookResponse> look(@RequestBody(required = false) LookRequest request) {
        if (request == null || request.skus() == null || request.skus().isEmpty()) {
            throw new InvalidParameterException("skus", "must list at least one sku");
        }
        if (request.skus().size() > MAX_SEEDS) throw new InvalidParameterException("skus", "must list at most " + MAX_SEEDS + " skus");
        if (request.skus().stream().anyMatch(s -> s == null || s.isBlank())) throw new InvalidParameterException("skus", "must not contain blank skus");
        ListQuery query = new ListQuery(request.limit() == null ? ListQuery.DEFAULT_LIMIT : request.limit(),
                request.category() == null ? null : new LinkedHashSet<>(request.category()),
                request.exclude() == null ? null : new LinkedHashSet<>(request.exclude()), request.minPrice(), request.maxPrice(),
                request.maxPerCategory() == null ? ServedLists.LOOK_MAX_PER_CATEGORY : request.maxPerCategory());
        return shopTheLook.recommend(List.copyOf(new LinkedHashSet<>(request.skus())), query).map(LookResponse::of);
    }
}
