package dev.pointe.service.adapter.in.web;

import dev.pointe.service.PointeServiceApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * {@code pointe.http.max-connections} counts open connections, kept-alive ones included (not requests in progress):
 * beyond it a new connection is closed at once, and a closed one frees its place. No Redis is needed (answers are 503).
 */
class ConnectionLimitIntegrationTest {

    private static final String REQUEST = "GET /v1/items/PT-SHO-0001/similar HTTP/1.1\r\nHost: localhost\r\n\r\n";

    @Test
    void beyondTheLimitNewConnectionsAreClosedUntilOneCloses() throws Exception {
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(PointeServiceApplication.class).run("--server.port=0",
                "--management.server.port=0", "--pointe.redis.uri=redis://127.0.0.1:1", "--pointe.warm-up.requests=0",
                "--pointe.http.max-connections=3")) {
            int port = Integer.parseInt(service.getEnvironment().getRequiredProperty("local.server.port"));
            List<RawHttp> open = new ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) {
                    RawHttp http = RawHttp.connect(port);
                    http.send(REQUEST);
                    assertThat(http.read().status()).isEqualTo(503); // answered, and kept alive
                    open.add(http);
                }
                try (RawHttp fourth = RawHttp.connect(port)) {
                    assertThatThrownBy(() -> {
                        fourth.send(REQUEST);
                        fourth.read();
                    }).isInstanceOf(IOException.class);
                }
                open.remove(0).close();
                await().atMost(Duration.ofSeconds(5)).ignoreExceptions().until(() -> {
                    try (RawHttp again = RawHttp.connect(port)) {
                        again.send(REQUEST);
                        return again.read().status() == 503;
                    }
                });
            } finally {
                for (RawHttp http : open) http.close();
            }
        }
    }
}
