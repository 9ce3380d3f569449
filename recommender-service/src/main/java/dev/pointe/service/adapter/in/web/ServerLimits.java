package dev.pointe.service.adapter.in.web;

import dev.pointe.service.config.PointeProperties;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one client may cost the server: the request target and header sizes (answered 414 and 431 as
 * problems; the HTTP decoder's own hard caps, {@code server.netty.max-initial-line-length} and
 * {@code server.max-http-request-header-size}, well above them, only guard memory), idle and half-sent
 * connections closed after a timeout, and a cap on open connections. Body sizes are the codecs' limit
 * ({@code spring.http.codecs.max-in-memory-size}, answered 413 by {@link ProblemHandler}).
 */
@Configuration(proxyBeanMethods = false)
public class ServerLimits {

    @Bean
    NettyServerCustomizer connectionLimits(PointeProperties properties) {
        PointeProperties.Http http = properties.http();
        AtomicInteger open = new AtomicInteger();
        return server -> server
                // no per-request read/request timeouts: Reactor Netty keeps each one's scheduled task (and with
                // it the request) until it would have fired, so at thousands of requests a second they pin the heap
                .idleTimeout(http.idleTimeout())
                // once per connection (doOnConnection would be once per request Reactor Netty serves)
                .doOnChannelInit((observer, channel, remoteAddress) -> {
                    if (open.incrementAndGet() > http.maxConnections()) {
                        open.decrementAndGet();
                        channel.close();
                        return;
                    }
                    channel.closeFuture().addListener(closed -> open.decrementAndGet());
                });
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    WebFilter requestSizeLimits(PointeProperties properties) {
        int maxUri = properties.http().maxUriLength();
        long maxHeaders = properties.http().maxHeaderBytes().toBytes();
        return (ServerWebExchange exchange, WebFilterChain chain) -> {
            // read from Netty's request as received: no URI parsing, no header map copies on every request
            HttpServerRequest request = ServerHttpRequestDecorator.getNativeRequest(exchange.getRequest());
            if (request.uri().length() > maxUri) {
                return refuse(exchange, HttpStatus.URI_TOO_LONG, "Request target too long",
                        "the path and query may hold at most " + maxUri + " characters", "uri-too-long");
            }
            if (headerBytes(request.requestHeaders()) > maxHeaders) {
                return refuse(exchange, HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Request headers too large",
                        "the request headers may hold at most " + maxHeaders + " bytes", "headers-too-large");
            }
            return chain.filter(exchange);
        };
    }

    /** The size of a request's header block as counted against {@code pointe.http.max-header-bytes}: names, values, ": " and CRLF. */
    static long headerBytes(io.netty.handler.codec.http.HttpHeaders headers) {
        long bytes = 0;
        Iterator<Map.Entry<CharSequence, CharSequence>> it = headers.iteratorCharSequence();
        while (it.hasNext()) {
            Map.Entry<CharSequence, CharSequence> header = it.next();
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    private static Mono<Void> refuse(ServerWebExchange exchange, HttpStatus status, String title, String detail, String type) {
        // written by hand: the texts are fixed, and this runs before the codecs
        byte[] body = ("{\"type\":\"" + ProblemHandler.TYPE_PREFIX + type + "\",\"title\":\"" + title + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8);
        var response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setConnection("close");
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}
