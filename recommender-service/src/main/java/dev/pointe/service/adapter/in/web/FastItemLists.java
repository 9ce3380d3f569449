package dev.pointe.service.adapter.in.web;

import dev.pointe.service.config.PointeProperties;
import dev.pointe.service.config.RateLimitedLog;
import dev.pointe.service.domain.InvalidParameterException;
import dev.pointe.service.domain.ListQuery;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.AsciiString;
import io.netty.util.ReferenceCountUtil;
import org.slf4j.LoggerFactory;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import reactor.core.publisher.Mono;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The three per-item lists answered in the connection's Netty pipeline, ahead of Reactor Netty's HTTP handling and
 * WebFlux: a plain {@code GET} with a plain request target is matched by hand, its query parsed into a
 * {@link ListQuery} and answered by the same {@link ItemListHandler} as the WebFlux route, whose JSON, ETag, headers
 * and problems it writes unchanged; no per-request server operations, exchange, dispatch or observation (one timer,
 * {@code http.server.requests} with the framework's tags). Everything else goes on to Reactor Netty and WebFlux
 * untouched: other methods and protocol versions, requests with a body or {@code Connection: close}, percent-encoded
 * or matrix targets (which the framework decodes), cross-origin requests when CORS is on, targets or headers over the
 * limits (which {@link ServerLimits} refuses there), and any request that arrives while one handed on is unanswered
 * (so that pipelined answers keep their order).
 */
final class FastItemLists implements NettyServerCustomizer {

    private static final RateLimitedLog LOG = new RateLimitedLog(LoggerFactory.getLogger(FastItemLists.class), Duration.ofSeconds(10));
    private static final String PREFIX = "/v1/items/";
    private static final AsciiString JSON = AsciiString.cached(MediaType.APPLICATION_JSON_VALUE);
    private static final AsciiString PROBLEM_JSON = AsciiString.cached(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    private static final AsciiString SESSION_HEADER = AsciiString.cached(ItemListHandler.SESSION_HEADER);
    private static final JsonMapper PROBLEMS = JsonMapper.builder().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

    /** One list's route: its path suffix, its handler and its timers. */
    private record Route(String suffix, String template, ItemListHandler handler, AsciiString cacheControl, Timer ok, Timer notModified) {
    }

    private final List<Route> routes;
    private final MeterRegistry registry;
    private final int maxUri;
    private final long maxHeaderBytes;
    private final boolean cors;
    private final boolean enabled;
    private final java.util.concurrent.atomic.LongAdder taken = new java.util.concurrent.atomic.LongAdder();
    /** Answers taken and not yet written, over all connections (graceful shutdown waits for them). */
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    /** Once the server is shutting down, new requests go to Reactor Netty, which refuses them as it shuts down. */
    private volatile boolean closing;

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

    /**
     * Graceful shutdown, before the web server's: no new requests are taken here, and the answers in flight are
     * written (they are bounded by the Redis command timeout; at most {@code maxWait}).
     */
    /** Takes requests again (after {@link #finishAnswersInFlight} at a stop that is followed by a start). */
    void open() {
        closing = false;
    }

    void finishAnswersInFlight(Duration maxWait) throws InterruptedException {
        closing = true;
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) Thread.sleep(5);
    }

    /** Requests this fast path has taken (answered or answering) since start. */
    long taken() {
        return taken.sum();
    }

    private Route route(String suffix, ItemListHandler handler) {
        String template = PREFIX + "{sku}" + suffix;
        return new Route(suffix, template, handler, AsciiString.cached(handler.cacheControl()), timer(template, 200), timer(template, 304));
    }

    /** The framework's request timer for one route and status (the name and tags its observation gives; no exception reaches it). */
    private Timer timer(String uri, int status) {
        String outcome = status < 400 ? "SUCCESS" : status < 500 ? "CLIENT_ERROR" : "SERVER_ERROR";
        return Timer.builder("http.server.requests").tag("error", "none").tag("exception", "none").tag("method", "GET").tag("outcome", outcome)
                .tag("status", Integer.toString(status)).tag("uri", uri).register(registry);
    }

    @Override
    public HttpServer apply(HttpServer server) {
        if (!enabled) return server;
        // once per connection, after Reactor Netty has set up its pipeline (doOnConnection would be once per request it serves)
        return server.doOnChannelInit((observer, channel, remoteAddress) -> {
            var pipeline = channel.pipeline();
            // HTTP/1.1 connections only (an HTTP/2 pipeline has no traffic handler of this name)
            if (pipeline.get(NettyPipeline.HttpTrafficHandler) != null && pipeline.get(Handler.NAME) == null) {
                pipeline.addBefore(NettyPipeline.HttpTrafficHandler, Handler.NAME, new Handler());
            }
        });
    }

    /** The route a request is for, or null when the request is not the fast path's to answer. */
    private Route routeOf(HttpRequest request) {
        if (request.method() != HttpMethod.GET || request.protocolVersion() != HttpVersion.HTTP_1_1 || request.decoderResult().isFailure()) {
            return null;
        }
        HttpHeaders headers = request.headers();
        if (!HttpUtil.isKeepAlive(request) || HttpUtil.isTransferEncodingChunked(request) || HttpUtil.getContentLength(request, 0L) != 0) {
            return null;
        }
        Route route = null;
        for (Route r : routes) {
            if (plainTarget(request.uri(), r.suffix(), maxUri)) {
                route = r;
                break;
            }
        }
        if (route == null || (cors && headers.contains(HttpHeaderNames.ORIGIN))) return null;
        return ServerLimits.headerBytes(headers) <= maxHeaderBytes ? route : null;
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

    /**
     * The query parameters of a target without percent-escapes (which {@link #plainTarget} leaves to the framework):
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

    /** The answer to a request the fast path took; never fails (failures are problem answers). */
    private Mono<FullHttpResponse> answer(HttpRequest request, Route route, long start) {
        String uri = request.uri();
        int end = uri.indexOf('?');
        String sku = uri.substring(PREFIX.length(), (end < 0 ? uri.length() : end) - route.suffix().length());
        Map<String, List<String>> params = end < 0 ? Map.of() : params(uri, end + 1);
        ListQuery query;
        try {
            query = ItemListHandler.query(params::get);
        } catch (InvalidParameterException e) {
            return Mono.just(problem(e, route, start));
        }
        HttpHeaders headers = request.headers();
        List<String> sessionParam = params.get("session");
        String session = ItemListHandler.session(headers.get(SESSION_HEADER), sessionParam == null || sessionParam.isEmpty() ? null : sessionParam.get(0));
        String ifNoneMatch = headers.get(HttpHeaderNames.IF_NONE_MATCH);
        return route.handler().answer(sku, query, session)
                .map(e -> {
                    boolean notModified = e.etag().equals(ifNoneMatch);
                    FullHttpResponse response = notModified
                            ? new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NOT_MODIFIED, Unpooled.EMPTY_BUFFER)
                            : new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK, Unpooled.wrappedBuffer(e.json()));
                    HttpHeaders out = response.headers();
                    out.set(HttpHeaderNames.ETAG, e.etag()).set(HttpHeaderNames.CACHE_CONTROL, route.cacheControl())
                            .set(HttpHeaderNames.VARY, SESSION_HEADER);
                    if (!notModified) out.set(HttpHeaderNames.CONTENT_TYPE, JSON).setInt(HttpHeaderNames.CONTENT_LENGTH, e.json().length);
                    (notModified ? route.notModified() : route.ok()).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                    return response;
                })
                .switchIfEmpty(Mono.fromSupplier(() -> problem(new IllegalStateException("no answer"), route, start)))
                .onErrorResume(e -> Mono.just(problem(e, route, start)));
    }

    private FullHttpResponse problem(Throwable error, Route route, long start) {
        ResponseEntity<ProblemDetail> problem = ProblemHandler.problem(error);
        byte[] body;
        int status;
        if (problem == null) {
            LOG.warn("unexpected", "unexpected failure answering " + route.template() + ": {}", error.toString());
            status = HttpStatus.INTERNAL_SERVER_ERROR.value();
            body = PROBLEMS.writeValueAsBytes(ProblemDetail.forStatus(status));
        } else {
            status = problem.getStatusCode().value();
            body = PROBLEMS.writeValueAsBytes(problem.getBody());
        }
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(status), Unpooled.wrappedBuffer(body));
        if (problem != null) problem.getHeaders().forEach((name, values) -> response.headers().set(name, String.join(",", values)));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, PROBLEM_JSON).setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        timer(route.template(), status).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        return response;
    }

    /**
     * One connection's fast path, before Reactor Netty's traffic handler. It answers a request only when nothing is in
     * flight on the connection; requests arriving while its own answer is in flight are held (and reading paused)
     * until the answer is written, so answers keep the requests' order; requests arriving while one handed on is
     * unanswered are handed on too.
     */
    private final class Handler extends ChannelDuplexHandler {
        static final String NAME = "pointe.fastItemLists";

        /** Requests handed on whose last answer part has not been written yet. */
        private int handedOnInFlight;
        private boolean ownInFlight;
        /** The rest (content) of a request taken here is dropped until its last part. */
        private boolean dropping;
        private boolean pausedReading;
        private final ArrayDeque<Object> held = new ArrayDeque<>(2);

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (ownInFlight || !held.isEmpty()) {
                held.add(msg);
                if (!pausedReading && ctx.channel().config().isAutoRead()) {
                    ctx.channel().config().setAutoRead(false);
                    pausedReading = true;
                }
                return;
            }
            dispatch(ctx, msg);
        }

        /** A message in its turn: dropped (the rest of a request taken here), taken, or handed on. */
        private void dispatch(ChannelHandlerContext ctx, Object msg) {
            if (dropping) {
                if (msg instanceof LastHttpContent) dropping = false;
                ReferenceCountUtil.release(msg);
                return;
            }
            if (msg instanceof HttpRequest request) {
                Route route = handedOnInFlight == 0 ? routeOf(request) : null;
                if (route != null) {
                    inFlight.incrementAndGet(); // before looking at closing: shutdown sees this answer or we see it closing
                    if (!closing) {
                        take(ctx, request, route);
                        return;
                    }
                    inFlight.decrementAndGet();
                }
                handedOnInFlight++;
            }
            ctx.fireChannelRead(msg);
        }

        private void take(ChannelHandlerContext ctx, HttpRequest request, Route route) {
            long start = System.nanoTime();
            taken.increment();
            dropping = !(request instanceof LastHttpContent);
            ownInFlight = true;
            Mono<FullHttpResponse> answer;
            try {
                answer = answer(request, route, start);
            } catch (RuntimeException e) {
                answer = Mono.just(problem(e, route, start));
            } finally {
                ReferenceCountUtil.release(request);
            }
            answer.subscribe(response -> ctx.writeAndFlush(response).addListener(done -> {
                ownInFlight = false;
                inFlight.decrementAndGet();
                if (!done.isSuccess()) ctx.close();
                else resume(ctx);
            }), error -> {
                inFlight.decrementAndGet();
                ctx.close(); // answer() never fails: this only closes on a bug
            });
        }

        /** After an own answer: the held messages in order, then reading as it was (unless Reactor Netty has a request again). */
        private void resume(ChannelHandlerContext ctx) {
            Object next;
            while (!ownInFlight && (next = held.poll()) != null) dispatch(ctx, next);
            if (ownInFlight) return;
            if (handedOnInFlight > 0) {
                pausedReading = false; // reading is the handed-on request's business now (Reactor Netty turns it on and off)
                return;
            }
            if (pausedReading) {
                pausedReading = false;
                ctx.channel().config().setAutoRead(true);
            } else if (!ctx.channel().config().isAutoRead()) {
                ctx.read(); // Reactor Netty reads on demand once it has served a request: ask for the next one
            }
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            // the last part of an answer to a request handed on (an interim 1xx answer is not the end)
            if (msg instanceof LastHttpContent && !(msg instanceof HttpResponse r && r.status().codeClass() == io.netty.handler.codec.http.HttpStatusClass.INFORMATIONAL)
                    && handedOnInFlight > 0) {
                handedOnInFlight--;
            }
            ctx.write(msg, promise);
        }

        @Override
        public void handlerRemoved(ChannelHandlerContext ctx) {
            Object msg;
            while ((msg = held.poll()) != null) ReferenceCountUtil.release(msg);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            Object msg;
            while ((msg = held.poll()) != null) ReferenceCountUtil.release(msg);
            ctx.fireChannelInactive();
        }
    }
}
