package dev.pointe.training.publish;

import dev.pointe.training.cli.ExitCodes;
import dev.pointe.training.model.ModelDirectoryReader;
import dev.pointe.training.model.TrainedModel;
import io.lettuce.core.SetArgs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static dev.pointe.training.publish.StoreFixtures.KEYS;
import static dev.pointe.training.publish.StoreFixtures.assertStoredExactly;
import static dev.pointe.training.publish.StoreFixtures.cli;
import static dev.pointe.training.publish.StoreFixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

/** The Redis commands of the CLI against a real server: exit codes and what they print. */
class RedisCliIntegrationTest {

    private static TestRedisServer server;
    private static Path models;
    private static TrainedModel first;
    private static TrainedModel second;
    private static Path firstDir;
    private static Path secondDir;

    @BeforeAll
    static void setUp() throws IOException {
        server = TestRedisServer.start();
        models = Files.createTempDirectory("pointe-cli-models-");
        first = StoreFixtures.seeds(1);
        second = StoreFixtures.seeds(2);
        firstDir = StoreFixtures.writeDirectory(first, models.resolve("first"));
        secondDir = StoreFixtures.writeDirectory(second, models.resolve("second"));
    }

    @AfterAll
    static void tearDown() {
        if (server != null) server.stop();
        StoreFixtures.deleteQuietly(models);
    }

    @BeforeEach
    void flush() {
        server.flushAll();
    }

    @Test
    void publishVersionsActivateRollbackAndPruneFromTheCommandLine() {
        String a = first.manifest().version();
        String b = second.manifest().version();
        String where = server.where();

        StoreFixtures.Run empty = run("versions");
        assertThat(empty.exit()).isZero();
        assertThat(lines(empty.out())).hasSize(2).last().isEqualTo("(no versions in " + where + ")");

        StoreFixtures.Run publish = run("publish", "--model", firstDir.toString(), "--no-progress");
        assertThat(publish.exit()).as(publish.err()).isZero();
        assertThat(lines(publish.out())).hasSize(2);
        assertThat(lines(publish.out()).get(0)).matches(Pattern.quote("Published " + a + " to " + where + ": 1,361 keys, ")
                + "\\d+\\.\\d MB in \\d+\\.\\d\\d s \\([\\d,]+ keys/s\\), verified\\.");
        assertThat(lines(publish.out()).get(1)).isEqualTo("Active version: " + a + " (previous: none). Undo with 'rollback'.");
        assertStoredExactly(server, KEYS, first);

        StoreFixtures.Run again = run("publish", "--model", firstDir.toString(), "--no-progress");
        assertThat(again.exit()).isZero();
        assertThat(lines(again.out()).get(0)).isEqualTo("Version " + a + " was already complete in " + where + "; nothing rewritten.");
        assertThat(lines(again.out()).get(1)).startsWith("Active version: " + a + " (previous: ");

        StoreFixtures.Run notActive = run("publish", "--model", secondDir.toString(), "--no-progress", "--no-activate", "--batch-size", "64");
        assertThat(notActive.exit()).as(notActive.err()).isZero();
        assertThat(lines(notActive.out())).hasSize(2);
        assertThat(lines(notActive.out()).get(0)).startsWith("Published " + b + " to " + where + ": 1,361 keys, ");
        assertThat(lines(notActive.out()).get(1)).isEqualTo("Not activated; activate with 'activate " + b + "'.");
        assertThat(server.redis().get(KEYS.active())).isEqualTo(a);
        assertStoredExactly(server, KEYS, second);

        List<List<String>> rows = versionRows();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly(b, "2026-10-31T00:10:16Z", publishedAt(b), "340", "COMPLETE", "-", "-");
        assertThat(rows.get(1)).containsExactly("*", a, "2026-10-31T00:10:16Z", publishedAt(a), "340", "COMPLETE", "-", "-", "active");

        StoreFixtures.Run activate = run("activate", b);
        assertThat(activate.exit()).isZero();
        assertThat(activate.out()).isEqualTo(String.format("Active version: %s (previous: %s).%n", b, a));
        assertThat(versionRows()).extracting(r -> r.get(0) + " " + r.get(r.size() - 1))
                .containsExactly("* active", a + " previous");

        StoreFixtures.Run rollback = run("rollback");
        assertThat(rollback.exit()).isZero();
        assertThat(rollback.out()).isEqualTo(String.format("Rolled back from %s to %s.%n", b, a));
        assertThat(server.redis().get(KEYS.active())).isEqualTo(a);

        StoreFixtures.Run nothingLeft = run("rollback");
        assertThat(nothingLeft.exit()).isEqualTo(ExitCodes.REDIS_FAILED);
        assertThat(nothingLeft.out()).isEmpty();
        assertThat(nothingLeft.err()).isEqualTo(String.format("Redis error: there is no previous version to roll back to (active: %s)%n", a));

        StoreFixtures.Run missing = run("activate", "0000000000000000");
        assertThat(missing.exit()).isEqualTo(ExitCodes.REDIS_FAILED);
        assertThat(missing.err()).isEqualTo(String.format("Redis error: version 0000000000000000 is not in the store at %s (see 'versions')%n", where));
        assertThat(server.redis().get(KEYS.active())).isEqualTo(a);

        server.redis().hset(KEYS.manifest("deadbeefdeadbeef"), Map.of("status", "WRITING", "writer", "gone"));
        server.redis().zadd(KEYS.versions(), 1.0, "deadbeefdeadbeef");
        server.redis().mset(Map.of(KEYS.item("deadbeefdeadbeef", "X"), "{}", KEYS.completeTheLook("deadbeefdeadbeef", "X"), "[]",
                KEYS.similar("deadbeefdeadbeef", "X"), "[]"));
        StoreFixtures.Run incomplete = run("activate", "deadbeefdeadbeef");
        assertThat(incomplete.exit()).isEqualTo(ExitCodes.REDIS_FAILED);
        assertThat(incomplete.err()).contains("cannot be activated: its publish did not complete (version deadbeefdeadbeef is WRITING)");

        StoreFixtures.Run badKeep = run("prune", "--keep", "0");
        assertThat(badKeep.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(badKeep.err()).contains("--keep must be at least 1");

        StoreFixtures.Run prune = run("prune", "--keep", "1");
        assertThat(prune.exit()).isZero();
        assertThat(prune.out()).isEqualTo(String.format("Removed 1 version(s) [deadbeefdeadbeef], 3 keys unlinked.%n"));
        assertThat(scan(server, KEYS.data("deadbeefdeadbeef") + "*")).isEmpty();
        assertThat(versionRows()).extracting(r -> r.get(0)).containsExactly(b, "*");
        assertStoredExactly(server, KEYS, first);
        assertStoredExactly(server, KEYS, second);
    }

    @Test
    void aKeyPrefixKeepsTwoStoresApartOnOneServer() {
        String a = first.manifest().version();
        StoreFixtures.Run publish = run("publish", "--model", firstDir.toString(), "--no-progress", "--prefix", "shop2");
        assertThat(publish.exit()).as(publish.err()).isZero();

        assertThat(scan(server, "pointe:*")).isEmpty();
        assertThat(scan(server, "shop2:m:" + a + ":*")).hasSize(1361);
        assertThat(server.redis().get("shop2:{ctl}:active")).isEqualTo(a);
        assertThat(lines(run("versions").out())).last().isEqualTo("(no versions in " + server.where() + ")");
        assertThat(lines(run("versions", "--prefix", "shop2").out())).hasSize(2).last().asString().startsWith("*  " + a + " ");
        assertStoredExactly(server, new dev.pointe.format.ModelKeys("shop2"), first);
    }

    @Test
    void aRunningPublishMakesAnotherExitFiveUnlessItWaits() {
        server.redis().set(KEYS.lock(), "someone-else", SetArgs.Builder.px(60_000));
        StoreFixtures.Run refused = run("publish", "--model", firstDir.toString(), "--no-progress");
        assertThat(refused.exit()).isEqualTo(ExitCodes.REDIS_FAILED);
        assertThat(refused.err()).startsWith("Redis error: another publish is running: the publish lock pointe:{ctl}:lock is held for ");
        assertThat(server.redis().keys("*")).containsExactly(KEYS.lock());

        server.redis().set(KEYS.lock(), "someone-else", SetArgs.Builder.px(800));
        StoreFixtures.Run waited = run("publish", "--model", firstDir.toString(), "--no-progress", "--lock-wait", "PT5S");
        assertThat(waited.exit()).as(waited.err()).isZero();
        assertThat(server.redis().get(KEYS.active())).isEqualTo(first.manifest().version());
    }

    /** Issue: publish read the whole model (22-27 s for a big catalogue) before it found the lock held. */
    @Test
    void aHeldLockFailsThePublishBeforeTheModelDirectoryIsRead(@TempDir Path tmp) throws IOException {
        Path damaged = StoreFixtures.writeDirectory(first, tmp.resolve("damaged"));
        Path items = damaged.resolve("items.jsonl");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(items));
        lines.set(4, "{\"sku\": ");
        Files.write(items, lines);
        server.redis().set(KEYS.lock(), "someone-else", SetArgs.Builder.px(60_000));

        StoreFixtures.Run locked = run("publish", "--model", damaged.toString(), "--no-progress");
        assertThat(locked.exit()).as("the lock is checked first: a Redis error, not the input error").isEqualTo(ExitCodes.REDIS_FAILED);
        assertThat(locked.err()).startsWith("Redis error: another publish is running: the publish lock pointe:{ctl}:lock is held for ");

        server.redis().del(KEYS.lock());
        StoreFixtures.Run unlocked = run("publish", "--model", damaged.toString(), "--no-progress");
        assertThat(unlocked.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unlocked.err()).startsWith("Input error: " + items + ":5: not valid: ");
        assertThat(server.redis().keys("*")).as("nothing written, lock released").isEmpty();

        // a directory that is no model fails at once, before Redis is even connected
        StoreFixtures.Run noModel = cli("publish", "--model", tmp.resolve("nothing-here").toString(), "--no-progress",
                "--redis", "redis://127.0.0.1:" + TestRedisServer.freePort());
        assertThat(noModel.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(noModel.err()).isEqualTo(String.format("Input error: %s: missing: is this a model directory written by 'train'?%n",
                tmp.resolve("nothing-here").resolve("manifest.json")));
    }

    /**
     * A publisher killed with -9 leaves its lock until it expires. The refusal says how long that is,
     * and the redis-cli command it gives (run here through a shell, as a person would paste it) frees it.
     */
    @Test
    void theLockOfAKilledPublisherIsExplainedAndTheGivenRedisCliCommandDeletesIt() throws Exception {
        server.redis().set(KEYS.lock(), "killed-writer-token", SetArgs.Builder.px(45_000));
        server.redis().hset(KEYS.manifest("dead0000dead0000"), Map.of("status", "WRITING", "writer", "killed-writer-token"));

        StoreFixtures.Run refused = run("publish", "--model", firstDir.toString(), "--no-progress");

        assertThat(refused.exit()).isEqualTo(ExitCodes.REDIS_FAILED);
        String command = "redis-cli -u " + server.where() + " DEL 'pointe:{ctl}:lock'";
        assertThat(refused.err()).matches(Pattern.quote("Redis error: another publish is running: the publish lock pointe:{ctl}:lock "
                + "is held for ") + "4[45]" + Pattern.quote(" s more; waited 0 s. The lock is released when that publish ends, and "
                + "expires by itself in ") + "4[45]" + Pattern.quote(" s if its publisher was killed. Try again later, or pass "
                + "--lock-wait (e.g. PT2M) to wait for it. If no publish is running, delete the lock: " + command
                + " (a publish that is still running then fails; it never activates a half-written version).") + "\\R");
        assertThat(server.redis().get(KEYS.lock())).isEqualTo("killed-writer-token");

        Assumptions.assumeTrue(onPath("redis-cli"), "redis-cli is not on the PATH");
        Process shell = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
        String output = new String(shell.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(shell.waitFor()).as(output).isZero();
        assertThat(output.trim()).as("one key deleted (redis-cli prints raw replies when not on a terminal)").isEqualTo("1");
        assertThat(server.redis().exists(KEYS.lock())).isZero();

        StoreFixtures.Run published = run("publish", "--model", firstDir.toString(), "--no-progress");
        assertThat(published.exit()).as(published.err()).isZero();
        assertThat(server.redis().get(KEYS.active())).isEqualTo(first.manifest().version());
    }

    private static boolean onPath(String executable) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, executable))) return true;
        }
        return false;
    }

    @Test
    void aPasswordAndDatabaseInTheUriAreUsedAndThePasswordIsNeverPrinted() {
        try (TestRedisServer secured = TestRedisServer.start("--requirepass", "s3cr3t-pw")) {
            String base = "127.0.0.1:" + secured.port();
            StoreFixtures.Run publish = cli("publish", "--model", firstDir.toString(), "--no-progress", "--redis", "redis://:s3cr3t-pw@" + base + "/3");
            assertThat(publish.exit()).as(publish.err()).isZero();
            assertThat(publish.out()).contains("Published " + first.manifest().version() + " to redis://" + base + "/3: 1,361 keys")
                    .doesNotContain("s3cr3t-pw");

            io.lettuce.core.RedisClient lockSetter = io.lettuce.core.RedisClient.create("redis://:s3cr3t-pw@" + base + "/3");
            try (var connection = lockSetter.connect()) {
                connection.sync().set(KEYS.lock(), "someone-else", SetArgs.Builder.px(60_000));
            } finally {
                lockSetter.shutdown();
            }
            StoreFixtures.Run locked = cli("publish", "--model", secondDir.toString(), "--no-progress", "--redis",
                    "redis://:s3cr3t-pw@" + base + "/3");
            assertThat(locked.exit()).isEqualTo(ExitCodes.REDIS_FAILED);
            assertThat(locked.err()).contains("delete the lock: redis-cli -u redis://:PASSWORD@" + base + "/3 DEL 'pointe:{ctl}:lock'")
                    .doesNotContain("s3cr3t-pw");

            StoreFixtures.Run wrong = cli("versions", "--redis", "redis://:not-it@" + base + "/3");
            assertThat(wrong.exit()).isEqualTo(ExitCodes.REDIS_FAILED);
            assertThat(wrong.err()).startsWith("Redis error: cannot connect to Redis at redis://" + base + "/3").doesNotContain("not-it");

            StoreFixtures.Run db0 = cli("versions", "--redis", "redis://:s3cr3t-pw@" + base);
            assertThat(lines(db0.out())).last().isEqualTo("(no versions in redis://" + base + "/0)");
            StoreFixtures.Run db3 = cli("versions", "--redis", "redis://:s3cr3t-pw@" + base + "/3");
            assertThat(versionRowsOf(db3)).hasSize(1).first().satisfies(r -> assertThat(r).startsWith("*", first.manifest().version()));
        }
    }

    @Test
    void trainWithPublishWritesTheModelDirectoryAndActivatesItInRedis(@TempDir Path tmp) {
        Path out = tmp.resolve("model");
        StoreFixtures.Run train = cli("train", "--data", StoreFixtures.SEEDS.toString(), "--out", out.toString(), "--no-progress",
                "--no-evaluate", "--publish", "--redis", server.uri());

        assertThat(train.exit()).as(train.err()).isZero();
        TrainedModel trained = new ModelDirectoryReader().read(out);
        String version = trained.manifest().version();
        assertThat(version).isEqualTo(first.manifest().version()); // same data and settings, same version
        assertThat(train.out()).contains("Model " + version + " written to " + out)
                .contains("Published " + version + " to " + server.where() + ": 1,361 keys, ")
                .contains("Active version: " + version + " (previous: none). Undo with 'rollback'.");
        assertThat(server.redis().get(KEYS.active())).isEqualTo(version);
        assertStoredExactly(server, KEYS, trained);
        StoreFixtures.Run versions = run("versions");
        assertThat(lines(versions.out())).hasSize(2);
    }

    @Test
    void trainWithPublishTakesThePublishOptions(@TempDir Path tmp) {
        server.redis().set(KEYS.lock(), "someone-else", SetArgs.Builder.px(800));
        StoreFixtures.Run train = cli("train", "--data", StoreFixtures.SEEDS.toString(), "--out", tmp.resolve("model").toString(),
                "--no-progress", "--no-evaluate", "--publish", "--redis", server.uri(), "--lock-wait", "PT5S", "--no-activate");

        assertThat(train.exit()).as(train.err()).isZero();
        assertThat(train.out()).contains("Published " + first.manifest().version() + " to " + server.where());
        assertThat(server.redis().get(KEYS.active())).isNull(); // --no-activate
        assertThat(server.redis().hget(KEYS.manifest(first.manifest().version()), "status")).isEqualTo("COMPLETE");
    }

    private static StoreFixtures.Run run(String... args) {
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--redis";
        all[args.length + 1] = server.uri();
        return cli(all);
    }

    /** The rows of 'versions', split on blanks, newest first. */
    private static List<List<String>> versionRows() {
        return versionRowsOf(run("versions"));
    }

    private static List<List<String>> versionRowsOf(StoreFixtures.Run versions) {
        assertThat(versions.exit()).as(versions.err()).isZero();
        List<String> lines = lines(versions.out());
        assertThat(lines.get(0).trim().split("\\s+")).containsExactly("VERSION", "CREATED", "PUBLISHED", "ITEMS", "STATUS", "HR@10",
                "NDCG@10", "NOTE");
        return lines.subList(1, lines.size()).stream().map(l -> List.of(l.trim().split("\\s+"))).toList();
    }

    private static String publishedAt(String version) {
        return dev.pointe.format.ModelCodec.decodeManifest(server.redis().hget(KEYS.manifest(version), "manifest")).publishedAt();
    }

    private static List<String> lines(String text) {
        return text.lines().toList();
    }
}
