package dev.pointe.training.publish;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import redis.embedded.core.ExecutableProvider;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private Redis server for integration tests: {@code redis-server} from the PATH, else the binary
 * bundled in embedded-redis, on a free port of 127.0.0.1, without persistence, in its own temporary
 * directory. Never the shared server on 6379.
 *
 * <pre>
 *   static TestRedisServer redis;
 *   &#64;BeforeAll static void start() { redis = TestRedisServer.start(); }
 *   &#64;AfterAll static void stop() { redis.stop(); }
 * </pre>
 *
 * Every started server is also stopped by a JVM shutdown hook, so a crashed test run leaks no process.
 * {@code -Dpointe.test.redis-server=bundled} forces the embedded-redis binary, {@code =/path/to/redis-server} another one.
 */
public final class TestRedisServer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();
    private static volatile String executable;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly), "test-redis-reaper"));
    }

    private final List<String> extraArgs;
    private final Path dir;
    private int port;
    private Process process;
    private RedisClient client;
    private StatefulRedisConnection<String, String> strings;
    private StatefulRedisConnection<String, byte[]> bytes;

    private TestRedisServer(List<String> extraArgs, Path dir) {
        this.extraArgs = List.copyOf(extraArgs);
        this.dir = dir;
    }

    /** Starts a server; extra arguments e.g. {@code "--maxmemory", "2mb", "--maxmemory-policy", "noeviction"}. */
    public static TestRedisServer start(String... extraArgs) {
        Path dir;
        try {
            dir = Files.createTempDirectory("pointe-test-redis-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestRedisServer server = new TestRedisServer(List.of(extraArgs), dir);
        IllegalStateException last = null;
        for (int attempt = 0; attempt < 3; attempt++) { // a free port can be taken between probe and bind
            try {
                server.launch(freePort());
                return server;
            } catch (IllegalStateException e) {
                last = e;
            }
        }
        server.deleteDir();
        throw last;
    }

    /** A TCP port nothing listens on right now (never 6379). */
    public static int freePort() {
        for (int i = 0; i < 10; i++) {
            try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                int port = socket.getLocalPort();
                if (port != 6379) return port;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("no free port");
    }

    public String uri() {
        return "redis://127.0.0.1:" + port;
    }

    /** How the publisher names this server in messages. */
    public String where() {
        return "redis://127.0.0.1:" + port + "/0";
    }

    public int port() {
        return port;
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** A connection with string values (opened on first use, closed by {@link #stop}). */
    public synchronized RedisCommands<String, String> redis() {
        if (strings == null) strings = client().connect(StringCodec.UTF8);
        return strings.sync();
    }

    /** A connection with byte values. */
    public synchronized RedisCommands<String, byte[]> bytes() {
        if (bytes == null) bytes = client().connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
        return bytes.sync();
    }

    /** A Lettuce client for this server, for extra connections (pub/sub); shut down by {@link #stop}. */
    synchronized RedisClient client() {
        if (client == null) client = RedisClient.create(uri());
        return client;
    }

    /** Empties this server (and only this one). */
    public void flushAll() {
        redis().flushall();
    }

    /** Stops the server (its data is lost: no persistence) and starts it again on the same port. */
    public synchronized void restart() {
        stopProcess();
        launch(port);
    }

    /** Stops the server, keeping its directory, so that {@link #restart} can bring it back. */
    public synchronized void stopProcess() {
        closeClients();
        if (process == null) return;
        process.destroy(); // SIGTERM: redis shuts down at once without persistence
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            RUNNING.remove(process);
            process = null;
        }
    }

    /** Stops the server and deletes its directory. Safe to call twice. */
    public synchronized void stop() {
        stopProcess();
        deleteDir();
    }

    @Override
    public void close() {
        stop();
    }

    String log() {
        try {
            Path log = dir.resolve("redis.log");
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private void launch(int port) {
        this.port = port;
        List<String> command = new ArrayList<>(List.of(executable(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", dir.toString(), "--daemonize", "no"));
        command.addAll(extraArgs);
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("redis.log").toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
        RUNNING.add(process);
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!ping(port)) {
            if (!process.isAlive()) {
                RUNNING.remove(process);
                process = null;
                throw new IllegalStateException("redis-server exited at start on port " + port + ": " + log());
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                RUNNING.remove(process);
                process = null;
                throw new IllegalStateException("redis-server did not answer PING within " + START_TIMEOUT + ": " + log());
            }
            sleep(20);
        }
    }

    private static boolean ping(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            socket.setSoTimeout(500);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String reply = new String(in.readNBytes(7), StandardCharsets.US_ASCII);
            return reply.equals("+PONG\r\n") || reply.startsWith("-NOAUTH"); // answering, but wants a password
        } catch (IOException e) {
            return false;
        }
    }

    private static String executable() {
        if (executable == null) {
            synchronized (TestRedisServer.class) {
                if (executable == null) executable = findExecutable();
            }
        }
        return executable;
    }

    private static String findExecutable() {
        String forced = System.getProperty("pointe.test.redis-server", "");
        if (!forced.isEmpty() && !forced.equals("bundled")) return forced;
        String path = forced.equals("bundled") ? null : System.getenv("PATH");
        if (path != null) {
            for (String entry : path.split(File.pathSeparator)) {
                if (entry.isEmpty()) continue;
                Path candidate = Path.of(entry, "redis-server");
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) return candidate.toString();
            }
        }
        try {
            File bundled = ExecutableProvider.newJarResourceProvider().get();
            if (!bundled.canExecute() && !bundled.setExecutable(true)) {
                throw new IllegalStateException("cannot make " + bundled + " executable");
            }
            return bundled.getAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("no redis-server on the PATH and the embedded-redis binary cannot be extracted", e);
        }
    }

    private synchronized void closeClients() {
        if (strings != null) strings.close();
        if (bytes != null) bytes.close();
        if (client != null) client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        strings = null;
        bytes = null;
        client = null;
    }

    private void deleteDir() {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a temp directory left behind is not worth failing a test for
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
