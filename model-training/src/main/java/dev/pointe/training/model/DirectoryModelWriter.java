package dev.pointe.training.model;

import dev.pointe.training.catalog.Product;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a model as a directory: {@code manifest.json}, {@code items.jsonl} (products),
 * {@code complete-the-look.jsonl}, {@code bought-together.jsonl} and {@code similar.jsonl} (one line per
 * seed sku, sku order),
 * {@code popular.json} (best-sellers per category). The
 * files are written to a sibling temporary directory which then replaces the target in one rename,
 * so a crash never leaves a half-written model. Output bytes depend only on the model.
 */
public final class DirectoryModelWriter implements ModelWriter {

    private static final JsonMapper LINES = JsonMapper.builder().build();
    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path directory;

    public DirectoryModelWriter(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    @Override
    public void write(TrainedModel model) {
        Path parent = directory.getParent();
        Path staging = parent.resolve("." + directory.getFileName() + ".writing");
        try {
            Files.createDirectories(parent);
            deleteRecursively(staging);
            Files.createDirectories(staging);
            Files.writeString(staging.resolve("manifest.json"), PRETTY.writeValueAsString(model.manifest()) + "\n", StandardCharsets.UTF_8);
            try (BufferedWriter out = Files.newBufferedWriter(staging.resolve("items.jsonl"), StandardCharsets.UTF_8)) {
                for (Product p : model.products()) out.write(LINES.writeValueAsString(p) + "\n");
            }
            LineEncoder encoder = new LineEncoder();
            try (ListLines ctl = new ListLines(staging.resolve("complete-the-look.jsonl"), encoder);
                 ListLines together = new ListLines(staging.resolve("bought-together.jsonl"), encoder);
                 ListLines sim = new ListLines(staging.resolve("similar.jsonl"), encoder)) {
                for (ItemLists lists : model.lists()) {
                    ctl.write(lists.sku(), lists.completeTheLook());
                    together.write(lists.sku(), lists.boughtTogether());
                    sim.write(lists.sku(), lists.similar());
                }
            }
            Files.writeString(staging.resolve("popular.json"), PRETTY.writeValueAsString(model.popular()) + "\n", StandardCharsets.UTF_8);
            Path old = parent.resolve("." + directory.getFileName() + ".old");
            deleteRecursively(old);
            if (Files.exists(directory)) Files.move(directory, old);
            try {
                Files.move(staging, directory, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, directory);
            }
            deleteRecursively(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the model to " + directory + ": " + e.getMessage(), e);
        }
    }

    /** One line of a list file. */
    record ListLine(String sku, java.util.List<ModelEntry> items) {
    }

    /**
     * Encodes list lines with Jackson's streaming generator (millions of entries: no object mapping per
     * line), as {@link ListLine} maps them. It keeps the last line, so that a list shared by several files
     * (a catalogue without categories) is encoded once.
     */
    private static final class LineEncoder {
        private final ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
        private List<ModelEntry> lastItems;

        void writeTo(OutputStream out, String sku, List<ModelEntry> items) throws IOException {
            if (items != lastItems) {
                line.reset();
                try (JsonGenerator json = LINES.createGenerator(line)) {
                    json.writeStartObject();
                    json.writeStringProperty("sku", sku);
                    json.writeArrayPropertyStart("items");
                    for (ModelEntry e : items) {
                        json.writeStartObject();
                        json.writeStringProperty("sku", e.sku());
                        json.writeStringProperty("category", e.category());
                        json.writeNumberProperty("score", e.score());
                        json.writeStringProperty("reason", e.reason());
                        json.writeArrayPropertyStart("shared");
                        for (String v : e.shared()) json.writeString(v);
                        json.writeEndArray();
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                }
                line.write('\n');
                lastItems = items;
            }
            line.writeTo(out);
        }
    }

    /** One list file. */
    private static final class ListLines implements AutoCloseable {
        private final OutputStream out;
        private final LineEncoder encoder;

        ListLines(Path file, LineEncoder encoder) throws IOException {
            this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            this.encoder = encoder;
        }

        void write(String sku, List<ModelEntry> items) throws IOException {
            encoder.writeTo(out, sku, items);
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) return;
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
