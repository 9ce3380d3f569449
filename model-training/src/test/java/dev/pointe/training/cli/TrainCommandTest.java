package dev.pointe.training.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TrainCommandTest {

    private static final Path SEEDS = Path.of(System.getProperty("pointe.repo.root", "..")).resolve("seeds");

    @Test
    void sameInputsAndConfigGiveAByteIdenticalModel(@TempDir Path tmp) throws IOException {
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        assertThat(PointeCli.run("train", "--data", SEEDS.toString(), "--out", first.toString(), "--no-progress", "--threads", "1")).isZero();
        assertThat(PointeCli.run("train", "--data", SEEDS.toString(), "--out", second.toString(), "--no-progress", "--threads", "2")).isZero();
        List<String> files = list(first);
        assertThat(files).contains("manifest.json", "items.jsonl", "complete-the-look.jsonl", "similar.jsonl", "evaluation.json", "evaluation.md");
        assertThat(list(second)).isEqualTo(files);
        for (String f : files) {
            assertThat(Files.readString(second.resolve(f))).as(f).isEqualTo(Files.readString(first.resolve(f)));
            assertThat(Files.size(second.resolve(f))).as(f).isEqualTo(Files.size(first.resolve(f)));
        }
        String manifest = Files.readString(first.resolve("manifest.json"));
        assertThat(manifest).contains("\"version\"", "\"createdAt\" : \"2026-10-31T", "events.csv.gz", "catalog.json",
                "random/cross-category/pointe/hr@10");
    }

    @Test
    void anotherConfigGivesAnotherVersion(@TempDir Path tmp) throws IOException {
        assertThat(PointeCli.run("train", "--data", SEEDS.toString(), "--out", tmp.resolve("a").toString(), "--no-progress", "--no-evaluate")).isZero();
        assertThat(PointeCli.run("train", "--data", SEEDS.toString(), "--out", tmp.resolve("b").toString(), "--no-progress", "--no-evaluate",
                "--min-support", "3")).isZero();
        assertThat(version(tmp.resolve("a"))).isNotEqualTo(version(tmp.resolve("b"))).hasSize(16);
    }

    @Test
    void everyCatalogueItemGetsBothLists(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("model");
        assertThat(PointeCli.run("train", "--data", SEEDS.toString(), "--out", out.toString(), "--no-progress", "--no-evaluate")).isZero();
        List<String> ctl = Files.readAllLines(out.resolve("complete-the-look.jsonl"));
        List<String> similar = Files.readAllLines(out.resolve("similar.jsonl"));
        assertThat(ctl).hasSize(340).allMatch(line -> line.contains("\"reason\""));
        assertThat(similar).hasSize(340);
        assertThat(ctl).noneMatch(line -> line.endsWith("\"items\":[]}"));
    }

    @Test
    void unusableInputExitsOneNamingTheFileAndWritesNothing(@TempDir Path tmp) throws IOException {
        Path events = tmp.resolve("events.csv");
        Files.writeString(events, "visitor,product\nu1,PT-SHO-0001\n");
        Path out = tmp.resolve("model");
        String err = stderrOf(() -> assertThat(PointeCli.run("train", "--catalog", SEEDS.resolve("catalog.json").toString(),
                "--events", events.toString(), "--out", out.toString(), "--no-progress")).isEqualTo(ExitCodes.BAD_INPUT));
        assertThat(err).contains("events.csv:1", "column 'sku'", "--item-col");
        assertThat(out).doesNotExist();
    }

    @Test
    void mostlyBadRecordsAreRefusedWithASummary(@TempDir Path tmp) throws IOException {
        Path events = tmp.resolve("events.csv");
        Files.writeString(events, "user_id,session_id,sku,event,timestamp\n"
                + "u1,s1,PT-SHO-0001,view,2026-09-01T10:00:00Z\n"
                + "u1,s1,NOPE,view,2026-09-01T10:00:00Z\n"
                + "u1,s1,PT-SHO-0001,teleport,2026-09-01T10:00:00Z\n");
        String err = stderrOf(() -> assertThat(PointeCli.run("train", "--catalog", SEEDS.resolve("catalog.json").toString(),
                "--events", events.toString(), "--out", tmp.resolve("m").toString(), "--no-progress")).isEqualTo(ExitCodes.BAD_INPUT));
        assertThat(err).contains("66.7% of records were skipped", "item not in the catalogue", "events.csv:3",
                "unknown event type", "events.csv:4");
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(PointeCli.run("train", "--no-such-option")).isEqualTo(ExitCodes.USAGE);
        assertThat(PointeCli.run("train", "--data", SEEDS.toString(), "--measure", "pearson", "--no-progress")).isEqualTo(ExitCodes.USAGE);
    }

    private static String version(Path model) throws IOException {
        String manifest = Files.readString(model.resolve("manifest.json"));
        int at = manifest.indexOf("\"version\" : \"") + 13;
        return manifest.substring(at, manifest.indexOf('"', at));
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String stderrOf(Runnable action) {
        PrintStream old = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(old);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
