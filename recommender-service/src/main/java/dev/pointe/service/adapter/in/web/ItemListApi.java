package dev.pointe.service.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.math.BigDecimal;
import java.util.List;

/**
 * The OpenAPI description of the three per-item list routes ({@link ItemListRoutes}): typed parameters, every
 * answer and header. Documentation only (a bean, because springdoc reads router operations from one; the
 * methods are never called); {@link ItemListHandler} parses the same parameters.
 */
@Tag(name = "recommendations", description = "Lists for a product page or a cart")
class ItemListApi {

    static final String SKU = "The seed item's sku.";
    static final String LIMIT = "How many items, 1..50.";
    static final String CATEGORY = "Only these categories (repeat the parameter or separate with commas); absent: every category.";
    static final String EXCLUDE = "Never these skus (repeat or separate with commas), e.g. what the shopper already holds.";
    static final String IN_STOCK = "Only items in stock: the shop's live catalogue when configured, else the model's stock at training time.";
    static final String OFFSET = "Items to skip first, for paging; offset + limit at most 100.";
    static final String PRICE_RATIO = "Only items priced within this factor of the seed item (e.g. 1.5: from price/1.5 to price×1.5).";
    static final String SAME_BRAND = "Only items of the seed item's brand.";
    static final String SAME_COLOUR = "Only items sharing a colour family with the seed item.";
    static final String SEED_CATEGORY = "The seed's category, for a sku the model does not hold yet (a new product): best-sellers "
            + "for that category answer instead of a 404.";

    @Operation(operationId = "completeTheLook", summary = "Items of other categories that complete the look of one item")
    @ApiResponse(responseCode = "200", description = "The look, best first.",
            headers = {@Header(name = "ETag", description = "Changes when the answer does.", schema = @Schema(type = "string")),
                    @Header(name = "Cache-Control", schema = @Schema(type = "string"))},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LookResponse.class)))
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match.")
    @ApiResponse(responseCode = "400", description = "A parameter is invalid; `parameter` names it.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "The sku is not in the model (and no seedCategory was given).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "No model yet, the model store is unavailable or lost its data, or too busy.",
            headers = @Header(name = "Retry-After", description = "Seconds to wait.", schema = @Schema(type = "integer")),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public LookResponse completeTheLook(
            @Parameter(description = SKU, example = "PT-SHO-0001") @PathVariable("sku") String sku,
            @Parameter(description = LIMIT, schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "50", defaultValue = "10")) @RequestParam(value = "limit", required = false) Integer limit,
            @Parameter(description = CATEGORY) @RequestParam(value = "category", required = false) List<String> category,
            @Parameter(description = EXCLUDE) @RequestParam(value = "exclude", required = false) List<String> exclude,
            @Parameter(description = "Lowest price, inclusive.", schema = @Schema(type = "number", minimum = "0")) @RequestParam(value = "minPrice", required = false) BigDecimal minPrice,
            @Parameter(description = "Highest price, inclusive.", schema = @Schema(type = "number", minimum = "0")) @RequestParam(value = "maxPrice", required = false) BigDecimal maxPrice,
            @Parameter(description = "At most this many items of one category; absent: no cap (the lists are already spread over categories).",
                    schema = @Schema(type = "integer", format = "int32", minimum = "1")) @RequestParam(value = "maxPerCategory", required = false) Integer maxPerCategory,
            @Parameter(description = IN_STOCK, schema = @Schema(type = "boolean", defaultValue = "true")) @RequestParam(value = "inStock", required = false) Boolean inStock,
            @Parameter(description = OFFSET, schema = @Schema(type = "integer", format = "int32", minimum = "0", maximum = "99", defaultValue = "0")) @RequestParam(value = "offset", required = false) Integer offset,
            @Parameter(description = PRICE_RATIO, schema = @Schema(type = "number", minimum = "1", maximum = "100")) @RequestParam(value = "priceRatio", required = false) BigDecimal priceRatio,
            @Parameter(description = SAME_BRAND, schema = @Schema(type = "boolean", defaultValue = "false")) @RequestParam(value = "sameBrand", required = false) Boolean sameBrand,
            @Parameter(description = SAME_COLOUR, schema = @Schema(type = "boolean", defaultValue = "false")) @RequestParam(value = "sameColour", required = false) Boolean sameColour,
            @Parameter(description = SEED_CATEGORY, schema = @Schema(type = "string", maxLength = 200)) @RequestParam(value = "seedCategory", required = false) String seedCategory,
            @Parameter(description = "An ETag of an earlier answer: 304 when unchanged.") @RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch) {
        throw new UnsupportedOperationException("documentation only");
    }

    @Operation(operationId = "boughtTogether", summary = "Items of any category often bought with one item")
    @ApiResponse(responseCode = "200", description = "The list, best first.",
            headers = {@Header(name = "ETag", schema = @Schema(type = "string")), @Header(name = "Cache-Control", schema = @Schema(type = "string"))},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LookResponse.class)))
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match.")
    @ApiResponse(responseCode = "400", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", headers = @Header(name = "Retry-After", schema = @Schema(type = "integer")),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public LookResponse boughtTogether(
            @Parameter(description = SKU, example = "PT-SHO-0001") @PathVariable("sku") String sku,
            @Parameter(description = LIMIT, schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "50", defaultValue = "10")) @RequestParam(value = "limit", required = false) Integer limit,
            @Parameter(description = CATEGORY) @RequestParam(value = "category", required = false) List<String> category,
            @Parameter(description = EXCLUDE) @RequestParam(value = "exclude", required = false) List<String> exclude,
            @Parameter(description = "Lowest price, inclusive.", schema = @Schema(type = "number", minimum = "0")) @RequestParam(value = "minPrice", required = false) BigDecimal minPrice,
            @Parameter(description = "Highest price, inclusive.", schema = @Schema(type = "number", minimum = "0")) @RequestParam(value = "maxPrice", required = false) BigDecimal maxPrice,
            @Parameter(description = "At most this many items of one category; absent: no cap.", schema = @Schema(type = "integer", format = "int32", minimum = "1")) @RequestParam(value = "maxPerCategory", required = false) Integer maxPerCategory,
            @Parameter(description = IN_STOCK, schema = @Schema(type = "boolean", defaultValue = "true")) @RequestParam(value = "inStock", required = false) Boolean inStock,
            @Parameter(description = OFFSET, schema = @Schema(type = "integer", format = "int32", minimum = "0", maximum = "99", defaultValue = "0")) @RequestParam(value = "offset", required = false) Integer offset,
            @Parameter(description = PRICE_RATIO, schema = @Schema(type = "number", minimum = "1", maximum = "100")) @RequestParam(value = "priceRatio", required = false) BigDecimal priceRatio,
            @Parameter(description = SAME_BRAND, schema = @Schema(type = "boolean", defaultValue = "false")) @RequestParam(value = "sameBrand", required = false) Boolean sameBrand,
            @Parameter(description = SAME_COLOUR, schema = @Schema(type = "boolean", defaultValue = "false")) @RequestParam(value = "sameColour", required = false) Boolean sameColour,
            @Parameter(description = SEED_CATEGORY, schema = @Schema(type = "string", maxLength = 200)) @RequestParam(value = "seedCategory", required = false) String seedCategory,
            @Parameter(description = "An ETag of an earlier answer: 304 when unchanged.") @RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch) {
        throw new UnsupportedOperationException("documentation only");
    }

    @Operation(operationId = "similarItems", summary = "Items of the same category that shoppers compare with one item")
    @ApiResponse(responseCode = "200", description = "The list, best first.",
            headers = {@Header(name = "ETag", schema = @Schema(type = "string")), @Header(name = "Cache-Control", schema = @Schema(type = "string"))},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LookResponse.class)))
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match.")
    @ApiResponse(responseCode = "400", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", headers = @Header(name = "Retry-After", schema = @Schema(type = "integer")),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public LookResponse similarItems(
            @Parameter(description = SKU, example = "PT-SHO-0001") @PathVariable("sku") String sku,
            @Parameter(description = LIMIT, schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "50", defaultValue = "10")) @RequestParam(value = "limit", required = false) Integer limit,
            @Parameter(description = CATEGORY) @RequestParam(value = "category", required = false) List<String> category,
            @Parameter(description = EXCLUDE) @RequestParam(value = "exclude", required = false) List<String> exclude,
            @Parameter(description = "Lowest price, inclusive.", schema = @Schema(type = "number", minimum = "0")) @RequestParam(value = "minPrice", required = false) BigDecimal minPrice,
            @Parameter(description = "Highest price, inclusive.", schema = @Schema(type = "number", minimum = "0")) @RequestParam(value = "maxPrice", required = false) BigDecimal maxPrice,
            @Parameter(description = "At most this many items of one category; absent: no cap.", schema = @Schema(type = "integer", format = "int32", minimum = "1")) @RequestParam(value = "maxPerCategory", required = false) Integer maxPerCategory,
            @Parameter(description = IN_STOCK, schema = @Schema(type = "boolean", defaultValue = "true")) @RequestParam(value = "inStock", required = false) Boolean inStock,
            @Parameter(description = OFFSET, schema = @Schema(type = "integer", format = "int32", minimum = "0", maximum = "99", defaultValue = "0")) @RequestParam(value = "offset", required = false) Integer offset,
            @Parameter(description = PRICE_RATIO, schema = @Schema(type = "number", minimum = "1", maximum = "100")) @RequestParam(value = "priceRatio", required = false) BigDecimal priceRatio,
            @Parameter(description = SAME_BRAND, schema = @Schema(type = "boolean", defaultValue = "false")) @RequestParam(value = "sameBrand", required = false) Boolean sameBrand,
            @Parameter(description = SAME_COLOUR, schema = @Schema(type = "boolean", defaultValue = "false")) @RequestParam(value = "sameColour", required = false) Boolean sameColour,
            @Parameter(description = SEED_CATEGORY, schema = @Schema(type = "string", maxLength = 200)) @RequestParam(value = "seedCategory", required = false) String seedCategory,
            @Parameter(description = "An ETag of an earlier answer: 304 when unchanged.") @RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch) {
        throw new UnsupportedOperationException("documentation only");
    }
}
