package dev.pointe.service;

import org.springframework.core.env.Environment;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.time.Duration;

/**
 * WebTestClients for the service started by a test on a random port. They share one connection pool of their own
 * (not Reactor Netty's global one) that drops connections idle for more than a second, so that a connection the
 * server side has stopped wanting is never reused, and that fails an acquire after five seconds instead of waiting.
 * A request that fails without an answer prints every thread's stack to stderr (kept in the surefire report), so
 * that a stall on a shared CI machine can be told apart from a deadlock.
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

    /** A client of the running service, with a 20-second response timeout. */
    public static WebTestClient of(Environment environment) {
        HttpClient http = HttpClient.create(POOL).responseTimeout(Duration.ofSeconds(20));
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(http))
                .baseUrl("http://127.0.0.1:" + environment.getRequiredProperty("local.server.port"))
                .responseTimeout(Duration.ofSeconds(25))
                .filter((request, next) -> next.exchange(request)
                        .doOnError(e -> printThreads(request.method() + " " + request.url() + " failed: " + e)))
                .build();
    }

    private static void printThreads(String why) {
        StringBuilder out = new StringBuilder(why).append('\n');
        for (ThreadInfo info : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
            out.append('"').append(info.getThreadName()).append("\" ").append(info.getThreadState());
            if (info.getLockName() != null) out.append(" on ").append(info.getLockName()).append(" owned by ").append(info.getLockOwnerName());
            out.append('\n');
            for (StackTraceElement frame : info.getStackTrace()) out.append("    at ").append(frame).append('\n');
        }
        System.err.print(out);
    }
}
