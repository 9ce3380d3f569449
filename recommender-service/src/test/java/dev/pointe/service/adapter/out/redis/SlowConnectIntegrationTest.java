package dev.pointe.service.adapter.out.redis;

import dev.pointe.training.publish.TestRedisServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A Redis that answers the connect handshake only after the connect timeout (a delaying proxy in front of
 * a real Redis): the waiting requests fail in time, and no connection is left behind — counted with
 * {@code CLIENT LIST} on the real Redis.
 */
class SlowConnectIntegrationTest {

    private static final TestRedisServer REDIS = TestRedisServer.start();
    private static final Duration PROXY_DELAY = Duration.ofMillis(4_000);

    @AfterAll
    static void stop() {
        REDIS.stop();
    }

    /** Client connections Redis has besides the test's own admin connection. */
    private static long clients() {
        return REDIS.redis().clientList().lines().filter(l -> !l.isBlank()).count() - 1;
    }

    @Test
    void connectsThatOutliveTheirTimeoutLeaveNoConnectionBehind() throws Exception {
        try (DelayingProxy proxy = new DelayingProxy(REDIS.port(), PROXY_DELAY)) {
            RedisClient client = RedisClient.create();
            try {
                RedisURI uri = RedisURI.create("redis://127.0.0.1:" + proxy.port());
                RedisConnections connections = new RedisConnections(client, uri, Duration.ofMillis(500));
                for (int i = 0; i < 5; i++) { // five slow starts in a row, each giving up after 500 ms
                    assertThatThrownBy(() -> connections.model().block(Duration.ofSeconds(5)))
                            .hasCauseInstanceOf(TimeoutException.class);
                }
                // the one shared connect completes late and becomes the connection; nothing else stays open
                await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> connections.model().block(Duration.ofSeconds(1)) != null);
                await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> clients() == 1);
                connections.close();
                await().atMost(Duration.ofSeconds(5)).until(() -> clients() == 0);
            } finally {
                client.shutdown();
            }
        }
    }

    /** Accepts at once, then forwards bytes both ways only after a delay. */
    private static final class DelayingProxy implements AutoCloseable {
        private static final java.util.concurrent.ScheduledExecutorService LATER =
                java.util.concurrent.Executors.newScheduledThreadPool(2, task -> {
                    Thread t = new Thread(task, "delaying-proxy-timer");
                    t.setDaemon(true);
                    return t;
                });
        private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final Thread acceptor;

        DelayingProxy(int target, Duration delay) throws IOException {
            acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket in = server.accept();
                        forwardLater(in, target, delay);
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "delaying-proxy");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        private static void daemon(Runnable task) {
            Thread t = new Thread(task, "delaying-proxy-pipe");
            t.setDaemon(true);
            t.start();
        }

        int port() {
            return server.getLocalPort();
        }

        /** The fault being simulated: a peer that accepts at once but answers only after the delay. */
        private static void forwardLater(Socket in, int target, Duration delay) {
            LATER.schedule(() -> {
                try {
                    Socket out = new Socket("127.0.0.1", target);
                    daemon(() -> pipe(in, out));
                    pipe(out, in);
                } catch (IOException e) {
                    close(in);
                }
            }, delay.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        }

        private static void pipe(Socket from, Socket to) {
            try (InputStream i = from.getInputStream(); OutputStream o = to.getOutputStream()) {
                i.transferTo(o);
            } catch (IOException ignored) {
                // one side closed
            } finally {
                close(from);
                close(to);
            }
        }

        private static void close(Socket s) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
