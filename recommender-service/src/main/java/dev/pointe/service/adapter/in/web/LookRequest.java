package dev.pointe.service.adapter.in.web;

import java.util.List;

/**
 * The body of {@code POST /v1/looks}: the skus the shopper holds (a cart, an outfit in progress) and the
 * same options as the GET endpoints; absent options take their defaults.
 */
public record LookRequest(List<String> skus, Integer limit, List<String> category, List<String> exclude, Double minPrice,
                          Double maxPrice, Integer maxPerCategory) {
}
