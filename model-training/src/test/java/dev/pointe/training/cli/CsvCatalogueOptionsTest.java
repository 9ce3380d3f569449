package dev.pointe.training.cli;

import dev.pointe.training.catalog.CatalogMapping;
import dev.pointe.training.data.DatasetSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue: models trained from a CSV catalogue had no images and unknown stock. */
class CsvCatalogueOptionsTest {

    @Test
    void imageBrandStockAndSlotOptionsMapTheirColumns() {
        TrainCommand train = new TrainCommand();
        new CommandLine(train).parseArgs("--catalog", "products.csv", "--catalog-format", "csv", "--events", "events.csv",
                "--sku-col", "id", "--image-col", "picture", "--brand-col", "label", "--stock-col", "units",
                "--slot-col", "outfit_part");

        DatasetSpec spec = train.input.spec();

        assertThat(spec.catalogMapping()).isEqualTo(new CatalogMapping(',', "id", "title", "category", "outfit_part", "label",
                null, List.of(), List.of(), List.of(), "units", "picture", null));
    }

    @Test
    void withoutThoseOptionsACsvCatalogueHasNoImageBrandStockOrSlotColumn() {
        TrainCommand train = new TrainCommand();
        new CommandLine(train).parseArgs("--catalog", "products.tsv", "--catalog-format", "tsv", "--events", "events.csv");

        CatalogMapping mapping = train.input.spec().catalogMapping();

        assertThat(mapping.delimiter()).isEqualTo('\t');
        assertThat(new String[]{mapping.image(), mapping.brand(), mapping.stock(), mapping.slot()}).containsOnlyNulls();
    }

    @Test
    void aModelTrainedFromACsvCatalogueCarriesItsImagesStockBrandsAndSlots(@TempDir Path tmp) throws IOException {
        Path catalog = tmp.resolve("products.csv");
        Files.writeString(catalog, """
                id,title,category,picture,label,units,outfit_part
                P1,Wrap Top,tops,https://cdn.example/p1.jpg,Barre Co,5,tops
                P2,Tulle Skirt,skirts,/img/p2.png,Tendu,0,bottoms
                P3,Ballet Flat,shoes,/img/p3.png,Tendu,,shoes
                """);
        Path events = tmp.resolve("events.csv");
        Files.writeString(events, """
                user_id,session_id,sku,event,timestamp
                u1,s1,P1,purchase,2026-09-01T10:00:00Z
                u1,s1,P2,purchase,2026-09-01T10:01:00Z
                u2,s2,P1,purchase,2026-09-02T10:00:00Z
                u2,s2,P3,purchase,2026-09-02T10:01:00Z
                u3,s3,P2,purchase,2026-09-03T10:00:00Z
                u3,s3,P3,purchase,2026-09-03T10:01:00Z
                """);
        Path out = tmp.resolve("model");

        int exit = PointeCli.run("train", "--catalog", catalog.toString(), "--catalog-format", "csv", "--events", events.toString(),
                "--sku-col", "id", "--image-col", "picture", "--brand-col", "label", "--stock-col", "units", "--slot-col", "outfit_part",
                "--out", out.toString(), "--no-progress", "--no-evaluate");

        assertThat(exit).isZero();
        List<String> items = Files.readAllLines(out.resolve("items.jsonl"));
        assertThat(items).hasSize(3);
        assertThat(items.get(0)).contains("\"sku\":\"P1\"", "\"slot\":\"tops\"", "\"brand\":\"Barre Co\"", "\"stock\":5",
                "\"imageUrl\":\"https://cdn.example/p1.jpg\"");
        assertThat(items.get(1)).contains("\"sku\":\"P2\"", "\"slot\":\"bottoms\"", "\"brand\":\"Tendu\"", "\"stock\":0",
                "\"imageUrl\":\"/img/p2.png\"");
        assertThat(items.get(2)).contains("\"sku\":\"P3\"", "\"stock\":-1", "\"imageUrl\":\"/img/p3.png\"");
    }
}
