package dev.pointe.service;

import org.springframework.core.env.Environment;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import java.time.Duration;

/**
 * WebTestClients for the service started by a test on a random port. They share one connection pool of their own
 * (not Reactor Netty's global one) that drops connections idle for more than a second, so that a connection the
 * server side has stopped wanting is never reused, and that fails an acquire after five seconds instead of waiting.
 */
public final class TestHttpClients {

    private static final ConnectionProvider POOL = ConnectionProvider.builder("pointe-tests")
            .maxConnections(64)
            .maxIdleTime(Duration.ofSeconds(1))
            .evictInBackground(Duration.ofSeconds(1))
            .pendingAcquireTimeout(Duration.ofSeconds(5))
            .build();

    private TestHttpClients() {
    }

    /** A client of the running service, with a ten-second response timeout. */
    public static WebTestClient of(Environment environment) {
        HttpClient http = HttpClient.create(POOL).responseTimeout(Duration.ofSeconds(10));
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(http))
                .baseUrl("http://127.0.0.1:" + environment.getRequiredProperty("local.server.port"))
                .responseTimeout(Duration.ofSeconds(12))
                .build();
    }
}
