package dev.pointe.service;

import org.springframework.core.env.Environment;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * WebTestClients for the service started by a test on a random port, over the JDK's HTTP/1.1 client (keep-alive,
 * its own connection pool): a client stack independent of the server's, as a shop frontend's would be. A request
 * that fails without an answer prints every thread's stack to stderr (kept in the surefire report): that is how a
 * hung keep-alive connection in Reactor Netty 1.3.6 was told apart from a slow machine (see the root pom).
 */
public final class TestHttpClients {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private TestHttpClients() {
    }

    /** A client of the running service, with a 20-second response timeout. */
    public static WebTestClient of(Environment environment) {
        return client(environment, "local.server.port").filter((request, next) -> next.exchange(request)
                .doOnError(e -> printThreads(request.method() + " " + request.url() + " failed: " + e))).build();
    }

    /** A client of the running service's management port (actuator: health, info, Prometheus). */
    public static WebTestClient management(Environment environment) {
        return client(environment, "local.management.port").build();
    }

    private static WebTestClient.Builder client(Environment environment, String portProperty) {
        JdkClientHttpConnector connector = new JdkClientHttpConnector(HTTP);
        connector.setReadTimeout(Duration.ofSeconds(20));
        return WebTestClient.bindToServer(connector)
                .baseUrl("http://127.0.0.1:" + environment.getRequiredProperty(portProperty))
                .responseTimeout(Duration.ofSeconds(25))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024)); // a Prometheus scrape grows past 256 KB
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
