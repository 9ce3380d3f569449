package dev.pointe.service.adapter.out.redis;

import dev.pointe.training.publish.TestRedisServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.EventExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import reactor.netty.resources.LoopResources;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Model reads made on a server event loop (here Reactor Netty loops of our own, as the HTTP server's are) go through
 * that loop's own connection, answer on that loop, and are written to Redis together at the end of the loop's pass;
 * closing leaves no connection open. Against a real Redis started here.
 */
class LoopConnectionsIntegrationTest {

    private static final TestRedisServer REDIS = TestRedisServer.start();

    @AfterAll
    static void stop() {
        REDIS.stop();
    }

    private static long namedLoopClients() {
        return REDIS.redis().clientList().lines().filter(l -> l.contains("name=" + RedisConnections.LOOP_CLIENT_NAME)).count();
    }

    @Test
    void readsOnALoopUseItsOwnConnectionAnswerThereAndAreWrittenTogetherAtTheEndOfThePass() throws Exception {
        for (int i = 0; i < 20; i++) REDIS.redis().set("k" + i, "v" + i);
        LoopResources server = LoopResources.create("test-http", 2, true);
        List<EventLoop> loops = new ArrayList<>();
        for (EventExecutor e : server.onServer(LoopResources.DEFAULT_NATIVE)) loops.add((EventLoop) e);
        ClientResources resources = DefaultClientResources.builder().ioThreadPoolSize(2).computationThreadPoolSize(2).build();
        RedisClient client = RedisClient.create(resources);
        RedisURI uri = RedisURI.create(REDIS.uri());
        uri.setTimeout(Duration.ofMillis(700));
        EventLoop loop = loops.get(1);
        try (RedisConnections connections = new RedisConnections(client, uri, Duration.ofSeconds(2), () -> loops)) {
            connections.model().block(Duration.ofSeconds(5)); // the shared connection, for reads off the loops
            // the first read on the loop starts its connection's connect; until it is open, the shared one serves
            await().atMost(Duration.ofSeconds(5)).until(() -> {
                CompletableFuture<byte[]> read = loop.submit(() -> connections.readModel(c -> c.get("k0"))).get(2, TimeUnit.SECONDS);
                if (read != null) read.get(2, TimeUnit.SECONDS); // done before the count below is taken
                return read != null && namedLoopClients() == 1;
            });

            List<CompletableFuture<byte[]>> reads = new ArrayList<>();
            List<Thread> answeredOn = new java.util.concurrent.CopyOnWriteArrayList<>();
            long processedBefore = processed();
            boolean[] writtenDuringThePass = new boolean[1];
            loop.submit(() -> {
                for (int i = 0; i < 20; i++) {
                    String key = "k" + i;
                    CompletableFuture<byte[]> read = connections.readModel(c -> c.get(key));
                    read.thenRun(() -> answeredOn.add(Thread.currentThread()));
                    reads.add(read);
                }
                // still in the pass: nothing has gone to Redis yet (another client asks it, off the loop)
                writtenDuringThePass[0] = processed() > processedBefore + 1 || reads.stream().anyMatch(CompletableFuture::isDone);
            }).get(5, TimeUnit.SECONDS);
            CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);

            assertThat(writtenDuringThePass[0]).isFalse();
            for (int i = 0; i < 20; i++) assertThat(new String(reads.get(i).get(), StandardCharsets.UTF_8)).isEqualTo("v" + i);
            Thread loopThread = loop.submit(Thread::currentThread).get(2, TimeUnit.SECONDS);
            assertThat(answeredOn).hasSize(20).containsOnly(loopThread);

            // off the loops: the shared connection
            CompletableFuture<byte[]> offLoop = connections.readModel(c -> c.get("k3"));
            assertThat(new String(offLoop.get(2, TimeUnit.SECONDS), StandardCharsets.UTF_8)).isEqualTo("v3");
            assertThat(namedLoopClients()).isEqualTo(1);

            connections.close();
            // the loop clients share the main client's timer and executors: closing them leaves those running
            try (var after = client.connect(uri)) {
                assertThat(after.sync().ping()).isEqualTo("PONG");
                assertThat(after.async().get("k1").get(2, TimeUnit.SECONDS)).isEqualTo("v1");
            }
        } finally {
            client.shutdown();
            resources.shutdown();
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> namedLoopClients() == 0);
        assertThat(loops.get(1).isShuttingDown()).as("the server's loop is the server's to stop").isFalse();
        server.dispose();
    }

    /** Commands Redis has processed (the INFO counter counts INFO too: one per call). */
    private static long processed() {
        String stats = REDIS.redis().info("stats");
        return stats.lines().filter(l -> l.startsWith("total_commands_processed:")).mapToLong(l -> Long.parseLong(l.substring(25).trim()))
                .findFirst().orElseThrow();
    }
}
