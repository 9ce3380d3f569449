package dev.pointe.training.model;

import dev.pointe.training.catalog.Product;
import dev.pointe.training.io.InputException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads back a model directory written by {@link DirectoryModelWriter}, checking that its files agree. */
public final class ModelDirectoryReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Only the manifest (milliseconds): to check that a directory is a model before a long step, such as
     * taking the publish lock before {@link #read}.
     */
    public Manifest readManifest(Path directory) {
        return readJson(directory.resolve("manifest.json"), new TypeReference<>() { });
    }

    public TrainedModel read(Path directory) {
        Manifest manifest = readManifest(directory);
        List<Product> products = readLines(directory.resolve("items.jsonl"), Product.class);
        List<DirectoryModelWriter.ListLine> ctl = readLines(directory.resolve("complete-the-look.jsonl"), DirectoryModelWriter.ListLine.class);
        List<DirectoryModelWriter.ListLine> together = readLines(directory.resolve("bought-together.jsonl"), DirectoryModelWriter.ListLine.class);
        List<DirectoryModelWriter.ListLine> similar = readLines(directory.resolve("similar.jsonl"), DirectoryModelWriter.ListLine.class);
        Map<String, List<ModelEntry>> popular = readJson(directory.resolve("popular.json"), new TypeReference<>() { });
        if (ctl.size() != products.size() || together.size() != products.size() || similar.size() != products.size()) {
            throw new InputException(directory.toString(), "items.jsonl has " + products.size() + " lines but complete-the-look.jsonl "
                    + ctl.size() + ", bought-together.jsonl " + together.size() + " and similar.jsonl " + similar.size()
                    + ": the model directory is damaged");
        }
        List<ItemLists> lists = new ArrayList<>(products.size());
        Map<String, String> canonical = new HashMap<>();
        for (Product p : products) canonical.put(p.sku(), p.sku());
        for (int i = 0; i < products.size(); i++) {
            String sku = products.get(i).sku();
            if (!sku.equals(ctl.get(i).sku()) || !sku.equals(together.get(i).sku()) || !sku.equals(similar.get(i).sku())) {
                throw new InputException(directory + " line " + (i + 1), "the list files are not in the order of items.jsonl (" + sku + ")");
            }
            lists.add(new ItemLists(sku, canonical(ctl.get(i).items(), canonical), canonical(together.get(i).items(), canonical),
                    canonical(similar.get(i).items(), canonical)));
        }
        return new TrainedModel(manifest, products, lists, popular);
    }

    /**
     * The entries with skus, categories and shared values replaced by one shared instance each, as a
     * freshly trained model has them: a tenth of the memory, and hash lookups that hit cached hashes.
     */
    private static List<ModelEntry> canonical(List<ModelEntry> entries, Map<String, String> strings) {
        List<ModelEntry> out = new ArrayList<>(entries.size());
        for (ModelEntry e : entries) {
            List<String> shared = new ArrayList<>(e.shared().size());
            for (String v : e.shared()) shared.add(strings.computeIfAbsent(v, k -> k));
            out.add(new ModelEntry(strings.computeIfAbsent(e.sku(), k -> k), strings.computeIfAbsent(e.category(), k -> k),
                    e.score(), strings.computeIfAbsent(e.reason(), k -> k), List.copyOf(shared)));
        }
        return out;
    }

    private static <T> T readJson(Path file, TypeReference<T> type) {
        try {
            return JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), type);
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "missing: is this a model directory written by 'train'?");
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage(), e);
        } catch (JacksonException e) {
            throw new InputException(file.toString(), "not valid: " + e.getOriginalMessage());
        }
    }

    private static <T> List<T> readLines(Path file, Class<T> type) {
        List<T> out = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                try {
                    out.add(JSON.readValue(line, type));
                } catch (JacksonException e) {
                    throw new InputException(file + ":" + number, "not valid: " + e.getOriginalMessage());
                }
            }
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "missing: is this a model directory written by 'train'?");
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
        return out;
    }
}
