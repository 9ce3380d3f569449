package dev.pointe.training.model;

import dev.pointe.training.catalog.Product;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
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
            try (BufferedWriter ctl = Files.newBufferedWriter(staging.resolve("complete-the-look.jsonl"), StandardCharsets.UTF_8);
                 BufferedWriter together = Files.newBufferedWriter(staging.resolve("bought-together.jsonl"), StandardCharsets.UTF_8);
                 BufferedWriter sim = Files.newBufferedWriter(staging.resolve("similar.jsonl"), StandardCharsets.UTF_8)) {
                for (ItemLists lists : model.lists()) {
                    ctl.write(LINES.writeValueAsString(new ListLine(lists.sku(), lists.completeTheLook())) + "\n");
                    together.write(LINES.writeValueAsString(new ListLine(lists.sku(), lists.boughtTogether())) + "\n");
                    sim.write(LINES.writeValueAsString(new ListLine(lists.sku(), lists.similar())) + "\n");
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

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) return;
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
