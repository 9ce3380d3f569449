package dev.pointe.service.adapter.in.web;

import dev.pointe.service.config.PointeProperties;
import dev.pointe.service.config.RateLimitedLog;
import dev.pointe.service.domain.InvalidParameterException;
import dev.pointe.service.domain.ListQuery;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import org.slf4j.LoggerFactory;
import org.springframework.boot.reactor.netty.NettyRouteProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.http.server.HttpServerRoutes;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The three per-item lists served straight on Reactor Netty, ahead of WebFlux: a plain {@code GET} with a plain
 * request target is matched by hand, its query parsed into a {@link ListQuery} and answered by the same
 * {@link ItemListHandler} as the WebFlux route, whose JSON, ETag, headers and problems it writes unchanged; no
 * exchange, no dispatch, no per-request observation (one timer, {@code http.server.requests} with the framework's
 * tags). Anything else goes on to WebFlux untouched: other methods, percent-encoded or matrix targets (which the
 * framework decodes), cross-origin requests when CORS is on, and targets or headers over the limits (which
 * {@link ServerLimits} refuses there).
 */
final class FastItemLists implements NettyRouteProvider {

    private static final RateLimitedLog LOG = new RateLimitedLog(LoggerFactory.getLogger(FastItemLists.class), Duration.ofSeconds(10));
    private static final String PREFIX = "/v1/items/";
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final JsonMapper PROBLEMS = JsonMapper.builder().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

    /** One list's route: its path suffix, its handler and its timers. */
    private record Route(String suffix, String template, ItemListHandler handler, Timer ok, Timer notModified) {
    }

    private final List<Route> routes;
    private final MeterRegistry registry;
    private final int maxUri;
    private final long maxHeaderBytes;
    private final boolean cors;
    private final boolean enabled;

    FastItemLists(ItemListHandler completeTheLook, ItemListHandler boughtTogether, ItemListHandler similar,
                  PointeProperties properties, MeterRegistry registry) {
        this.registry = registry;
        this.routes = List.of(route("/complete-the-look", completeTheLook), route("/bought-together", boughtTogether),
                route("/similar", similar));
        this.maxUri = properties.http().maxUriLength();
        this.maxHeaderBytes = properties.http().maxHeaderBytes().toBytes();
        this.enabled = properties.http().fastPath();
        this.cors = properties.http().corsAllowedOrigins().stream().anyMatch(o -> !o.isBlank());
    }

    private Route route(String suffix, ItemListHandler handler) {
        String template = PREFIX + "{sku}" + suffix;
        return new Route(suffix, template, handler, timer(template, 200), timer(template, 304));
    }

    /** The framework's request timer for one route and status (the name and tags its observation gives; no exception reaches it). */
    private Timer timer(String uri, int status) {
        String outcome = status < 400 ? "SUCCESS" : status < 500 ? "CLIENT_ERROR" : "SERVER_ERROR";
        return Timer.builder("http.server.requests").tag("error", "none").tag("exception", "none").tag("method", "GET").tag("outcome", outcome)
                .tag("status", Integer.toString(status)).tag("uri", uri).register(registry);
    }

    @Override
    public HttpServerRoutes apply(HttpServerRoutes server) {
        if (!enabled) return server;
        HttpServerRoutes out = server;
        for (Route route : routes) {
            out = out.route(request -> accepts(request, route), (request, response) -> serve(request, response, route));
        }
        return out;
    }

    private boolean accepts(HttpServerRequest request, Route route) {
        if (request.method() != HttpMethod.GET || !plainTarget(request.uri(), route.suffix(), maxUri)) return false;
        HttpHeaders headers = request.requestHeaders();
        if (cors && headers.contains(HttpHeaderNames.ORIGIN)) return false;
        long headerBytes = 0;
        Iterator<Map.Entry<CharSequence, CharSequence>> it = headers.iteratorCharSequence();
        while (it.hasNext()) {
            Map.Entry<CharSequence, CharSequence> header = it.next();
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return headerBytes <= maxHeaderBytes;
    }

    /**
     * True when a request target is {@code /v1/items/{sku}<suffix>}, optionally with a query, at most {@code maxUri}
     * characters, printable ASCII without percent-escapes, matrix parameters or a fragment (all of which the
     * framework decodes its own way), and a non-empty sku without a slash.
     */
    static boolean plainTarget(String uri, String suffix, int maxUri) {
        int end = uri.indexOf('?');
        if (end < 0) end = uri.length();
        int skuStart = PREFIX.length();
        int skuEnd = end - suffix.length();
        if (skuEnd <= skuStart || uri.length() > maxUri || !uri.startsWith(PREFIX) || !uri.startsWith(suffix, skuEnd)) return false;
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c == '%' || c == ';' || c == '#' || c <= ' ' || c >= 127 || (c == '/' && i >= skuStart && i < skuEnd)) return false;
        }
        return true;
    }

    private Mono<Void> serve(HttpServerRequest request, HttpServerResponse response, Route route) {
        long start = System.nanoTime();
        String uri = request.uri();
        int end = uri.indexOf('?');
        String sku = uri.substring(PREFIX.length(), (end < 0 ? uri.length() : end) - route.suffix().length());
        Map<String, List<String>> params = end < 0 ? Map.of() : params(uri, end + 1);
        HttpHeaders headers = request.requestHeaders();
        ListQuery query;
        try {
            query = ItemListHandler.query(params::get);
        } catch (InvalidParameterException e) {
            return problem(response, e, route, start);
        }
        List<String> sessionParam = params.get("session");
        String session = ItemListHandler.session(headers.get(ItemListHandler.SESSION_HEADER),
                sessionParam == null || sessionParam.isEmpty() ? null : sessionParam.get(0));
        String ifNoneMatch = headers.get(HttpHeaderNames.IF_NONE_MATCH);
        return route.handler().answer(sku, query, session)
                .flatMap(e -> {
                    boolean notModified = e.etag().equals(ifNoneMatch);
                    response.status(notModified ? HttpResponseStatus.NOT_MODIFIED : HttpResponseStatus.OK)
                            .header(HttpHeaderNames.ETAG, e.etag())
                            .header(HttpHeaderNames.CACHE_CONTROL, route.handler().cacheControl())
                            .header(HttpHeaderNames.VARY, ItemListHandler.SESSION_HEADER);
                    (notModified ? route.notModified() : route.ok()).record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
                    if (notModified) return response.send().then();
                    response.header(HttpHeaderNames.CONTENT_TYPE, JSON).header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(e.json().length));
                    return response.sendObject(Unpooled.wrappedBuffer(e.json())).then();
                })
                .onErrorResume(e -> problem(response, e, route, start));
    }

    /**
     * The query parameters of a target without percent-escapes (which {@link #accepts} leaves to the framework):
     * {@code +} is a space, a name without {@code =} has the value "", empty names are skipped.
     */
    static Map<String, List<String>> params(String uri, int from) {
        Map<String, List<String>> params = new HashMap<>();
        int i = from;
        while (i <= uri.length()) {
            int amp = uri.indexOf('&', i);
            if (amp < 0) amp = uri.length();
            int eq = uri.indexOf('=', i);
            String name;
            String value;
            if (eq < 0 || eq > amp) {
                name = uri.substring(i, amp);
                value = "";
            } else {
                name = uri.substring(i, eq);
                value = uri.substring(eq + 1, amp);
            }
            if (!name.isEmpty()) params.computeIfAbsent(name.replace('+', ' '), k -> new ArrayList<>(1)).add(value.replace('+', ' '));
            i = amp + 1;
        }
        return params;
    }

    private Mono<Void> problem(HttpServerResponse response, Throwable error, Route route, long start) {
        ResponseEntity<ProblemDetail> problem = ProblemHandler.problem(error);
        byte[] body;
        int status;
        if (problem == null) {
            LOG.warn("unexpected", "unexpected failure answering " + route.template() + ": {}", error.toString());
            status = HttpStatus.INTERNAL_SERVER_ERROR.value();
            ProblemDetail detail = ProblemDetail.forStatus(status);
            body = PROBLEMS.writeValueAsBytes(detail);
        } else {
            status = problem.getStatusCode().value();
            problem.getHeaders().forEach((name, values) -> response.header(name, String.join(",", values)));
            body = PROBLEMS.writeValueAsBytes(problem.getBody());
        }
        Timer.builder("http.server.requests").tag("error", "none").tag("exception", "none").tag("method", "GET")
                .tag("outcome", status < 500 ? "CLIENT_ERROR" : "SERVER_ERROR").tag("status", Integer.toString(status))
                .tag("uri", route.template()).register(registry).record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        return response.status(status).header(HttpHeaderNames.CONTENT_TYPE, PROBLEM_JSON)
                .header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(body.length))
                .sendObject(Unpooled.wrappedBuffer(body)).then();
    }
}
