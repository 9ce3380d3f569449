package dev.pointe.service.adapter.in.web;

import dev.pointe.service.config.PointeProperties;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
                .doOnConnection(connection -> {
                    if (open.incrementAndGet() > http.maxConnections()) {
                        open.decrementAndGet();
                        connection.dispose();
                        return;
                    }
                    connection.onDispose(open::decrementAndGet);
                });
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    WebFilter requestSizeLimits(PointeProperties properties) {
        int maxUri = properties.http().maxUriLength();
        long maxHeaders = properties.http().maxHeaderBytes().toBytes();
        return (ServerWebExchange exchange, WebFilterChain chain) -> {
            ServerHttpRequest request = exchange.getRequest();
            URI uri = request.getURI();
            String query = uri.getRawQuery();
            int length = uri.getRawPath().length() + (query == null ? 0 : query.length() + 1);
            if (length > maxUri) {
                return refuse(exchange, HttpStatus.URI_TOO_LONG, "Request target too long",
                        "the path and query may hold at most " + maxUri + " characters", "uri-too-long");
            }
            long headerBytes = 0;
            for (Map.Entry<String, List<String>> header : request.getHeaders().headerSet()) {
                for (String value : header.getValue()) headerBytes += header.getKey().length() + value.length() + 4;
            }
            if (headerBytes > maxHeaders) {
                return refuse(exchange, HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Request headers too large",
                        "the request headers may hold at most " + maxHeaders + " bytes", "headers-too-large");
            }
            return chain.filter(exchange);
        };
    }

    private static Mono<Void> refuse(ServerWebExchange exchange, HttpStatus status, String title, String detail, String type) {
        // written by hand: the texts are fixed, and this runs before the codecs
        byte[] body = ("{\"type\":\"https://pointe.dev/problems/" + type + "\",\"title\":\"" + title + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8);
        var response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setConnection("close");
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}
