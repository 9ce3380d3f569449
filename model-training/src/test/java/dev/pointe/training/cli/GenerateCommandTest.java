package dev.pointe.training.cli;

import dev.pointe.training.catalog.Product;
import dev.pointe.training.seed.EventCsv;
import dev.pointe.training.seed.SeedCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class GenerateCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void writesTheCatalogueAndTheEvents() throws IOException {
        Path target = dir.resolve("seeds");

        int exit = run("--out", target.toString(), "--shoppers", "20", "--days", "7");

        assertThat(exit).isEqualTo(ExitCodes.OK);
        List<Product> catalogue = JsonMapper.builder().build()
                .readValue(Files.readString(target.resolve("catalog.json")), new TypeReference<List<Product>>() { });
        assertThat(catalogue).isEqualTo(SeedCatalogue.build());
        assertThat(Files.readAllLines(target.resolve("catalog.json"))).hasSize(catalogue.size() + 2);
        List<String> lines = gunzip(target.resolve("events.csv.gz"));
        assertThat(lines.get(0)).isEqualTo(EventCsv.HEADER);
        assertThat(lines).hasSizeGreaterThan(100);
        assertThat(out.toString()).contains("340 products in 10 categories", "20 shoppers");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void sameOptionsGiveIdenticalBytes() throws IOException {
        run("--out", dir.resolve("a").toString(), "--shoppers", "30", "--seed", "5");
        run("--out", dir.resolve("b").toString(), "--shoppers", "30", "--seed", "5");

        for (String file : List.of("catalog.json", "events.csv.gz")) {
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(file)))
                    .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(file)));
        }
    }

    @Test
    void reportsAnUnwritableDirectory() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");

        int exit = run("--out", file.toString(), "--shoppers", "5");

        assertThat(exit).isEqualTo(ExitCodes.OUTPUT_FAILED);
        assertThat(err.toString()).startsWith("generate: cannot write to " + file);
    }

    @Test
    void rejectsImpossibleSettingsAsUsageErrors() {
        int exit = run("--out", dir.toString(), "--shoppers", "0");

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("shoppers must be at least 1");
    }

    @Test
    void helpExplainsTheOutput() {
        int exit = run("--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("catalog.json", "events.csv.gz", "deterministic", "--seed");
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new GenerateCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static List<String> gunzip(Path file) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }
}
