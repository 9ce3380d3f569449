package dev.pointe.training.data;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.catalog.Product;
import dev.pointe.training.events.Baskets;
import dev.pointe.training.events.EventMapping;
import dev.pointe.training.events.EventWeights;
import dev.pointe.training.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatasetLoaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private Path writeGzip(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static List<String> skus(Baskets baskets, int basket) {
        List<String> out = new ArrayList<>();
        for (int id : baskets.itemsOf(basket)) out.add(baskets.items().sku(id));
        return out;
    }

    private static final String CATALOG = """
            [
              {"sku": "TIGHTS-1", "category": "tights", "colours": ["blush"]},
              {"sku": "FLAT-1", "category": "shoes", "colours": ["blush"]},
              {"sku": "SKIRT-1", "category": "skirts"}
            ]
            """;

    @Test
    void loadsAPointeJsonCatalogueAndCsvEventsWithTheCataloguesItemIds() throws Exception {
        Path catalog = write("catalog.json", CATALOG);
        Path events = write("events.csv", """
                sku,user_id,event,timestamp,session_id
                FLAT-1,u1,view,2024-01-02T09:00:00Z,s1
                TIGHTS-1,u1,purchase,2024-01-02T09:05:00Z,s1
                GHOST-9,u2,view,2024-01-02T10:00:00Z,s2
                SKIRT-1,u2,cart,2024-01-02T10:01:00Z,s2
                FLAT-1,u2,view,2024-01-02T10:02:00Z,s2
                """);
        DatasetSpec spec = new DatasetSpec("tiny", catalog, null, List.of(events), EventMapping.pointeDefault(),
                EventWeights.DEFAULT, 0.25);

        Dataset data = new DatasetLoader().load(spec, n -> { });

        assertThat(data.name()).isEqualTo("tiny");
        Catalog c = data.catalog();
        assertThat(c.products()).extracting(Product::sku).containsExactly("FLAT-1", "SKIRT-1", "TIGHTS-1");
        assertThat(c.categories()).containsExactly("shoes", "skirts", "tights");
        assertThat(data.baskets().items()).isSameAs(c.items());
        assertThat(data.baskets().size()).isEqualTo(2);
        assertThat(data.baskets().itemsOf(0)).containsExactly(0, 2);
        assertThat(data.baskets().itemsOf(1)).containsExactly(0, 1);
        assertThat(data.baskets().time(0)).isEqualTo(1_704_186_000L);
        assertThat(data.users()).isEqualTo(2);
        assertThat(data.events()).isEqualTo(4);
        assertThat(data.reports()).hasSize(2);
        assertThat(data.reports().get(0).read()).isEqualTo(3);
        assertThat(data.reports().get(1).skippedByReason()).containsOnly(Map.entry("item not in the catalogue", 1L));
        assertThat(data.reports().get(1).describe().get(1)).contains(events + ":4");
        assertThat(data.checksums()).containsExactly(Map.entry("catalog.json", sha256(catalog)),
                Map.entry("events.csv", sha256(events)));
    }

    @Test
    void refusesEventsWithTooManyUnknownItems() throws IOException {
        Path catalog = write("catalog.json", CATALOG);
        Path events = write("events.csv", """
                sku,user_id,event,timestamp,session_id
                FLAT-1,u1,view,2024-01-02T09:00:00Z,s1
                GHOST-1,u1,view,2024-01-02T09:00:00Z,s1
                GHOST-2,u1,view,2024-01-02T09:00:00Z,s1
                """);
        DatasetSpec spec = new DatasetSpec("tiny", catalog, null, List.of(events), EventMapping.pointeDefault(),
                EventWeights.DEFAULT, 0.5);

        assertThatThrownBy(() -> new DatasetLoader().load(spec, n -> { }))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(events + ": 66.7% of records were skipped")
                .hasMessageContaining("item not in the catalogue");
    }

    @Test
    void refusesACatalogueWithTooManyBadProducts() throws IOException {
        Path catalog = write("catalog.json", "[{\"sku\": \"A\", \"price\": -1}, {\"sku\": \"B\", \"category\": \"x\"}]");
        Path events = write("events.csv", "sku,user_id,event,timestamp,session_id\nB,u,view,2024-01-02,s\n");
        DatasetSpec spec = new DatasetSpec("tiny", catalog, null, List.of(events), EventMapping.pointeDefault(),
                EventWeights.DEFAULT, 0.1);

        assertThatThrownBy(() -> new DatasetLoader().load(spec, n -> { }))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(catalog + ": 50.0% of records were skipped");
    }

    @Test
    void groceriesPresetReadsCommaBasketsAgainstTheTabSeparatedItemInfo() throws IOException {
        write("item_info.tsv", """
                labels\tlevel2\tlevel1
                frankfurter\tsausage\tmeat and sausage
                whole milk\tdairy produce\tfresh products
                yogurt\tdairy produce\tfresh products
                citrus fruit\tfruit\tfruit and vegetables
                """);
        write("groceries_baskets.csv", """
                citrus fruit,whole milk,yogurt
                whole milk
                frankfurter,yogurt
                """);

        DatasetSpec spec = DatasetPresets.groceries(dir, 0.1);
        Dataset data = new DatasetLoader().load(spec, n -> { });

        assertThat(data.name()).isEqualTo("groceries");
        assertThat(data.catalog().products()).extracting(Product::sku)
                .containsExactly("citrus fruit", "frankfurter", "whole milk", "yogurt");
        assertThat(data.catalog().categories()).containsExactly("fresh products", "fruit and vegetables", "meat and sausage");
        Product milk = data.catalog().product(2);
        assertThat(milk.category()).isEqualTo("fresh products");
        assertThat(milk.slot()).isEqualTo("dairy produce");
        assertThat(milk.styleTags()).containsExactly("dairy produce");
        assertThat(data.baskets().size()).isEqualTo(3);
        assertThat(skus(data.baskets(), 0)).containsExactly("citrus fruit", "whole milk", "yogurt");
        assertThat(skus(data.baskets(), 1)).containsExactly("whole milk");
        assertThat(skus(data.baskets(), 2)).containsExactly("frankfurter", "yogurt");
        assertThat(data.baskets().uniformWeights()).isTrue();
        assertThat(data.users()).isZero();
        assertThat(data.events()).isEqualTo(6);
        assertThat(data.checksums()).containsOnlyKeys("item_info.tsv", "groceries_baskets.csv");
    }

    @Test
    void brijsRetailPresetReadsGzippedSpaceSeparatedBasketsWithoutACatalogue() throws IOException {
        writeGzip("retail.dat.gz", "0 1 2 10 \n3 10\n2 1\n");

        Dataset data = new DatasetLoader().load(DatasetPresets.brijsRetail(dir, 0.0), n -> { });

        Catalog catalog = data.catalog();
        assertThat(data.name()).isEqualTo("brijs-retail");
        assertThat(catalog.products()).extracting(Product::sku).containsExactly("0", "1", "10", "2", "3");
        assertThat(catalog.categories()).containsExactly(Catalog.UNCATEGORISED);
        assertThat(data.baskets().items().size()).isEqualTo(5);
        assertThat(data.baskets().size()).isEqualTo(3);
        assertThat(skus(data.baskets(), 0)).containsExactly("0", "1", "10", "2");
        assertThat(skus(data.baskets(), 1)).containsExactly("10", "3");
        assertThat(skus(data.baskets(), 2)).containsExactly("1", "2");
        assertThat(data.baskets().itemsOf(1)).containsExactly(catalog.items().id("10"), catalog.items().id("3"));
        assertThat(data.events()).isEqualTo(8);
        assertThat(data.reports()).hasSize(1);
        assertThat(data.reports().get(0).read()).isEqualTo(3);
        assertThat(data.checksums()).containsOnlyKeys("retail.dat.gz");
    }

    @Test
    void hmFashionPresetGroupsOneCustomersDayAndUsesTheProductGroupAsCategory() throws IOException {
        writeGzip("articles.csv.gz", """
                article_id,product_code,prod_name,product_type_name,product_group_name,colour_group_name,graphical_appearance_name,index_name,index_group_name,garment_group_name,section_name,department_name
                0100000001,0100000,Strap top,Vest top,Garment Upper body,Black,Solid,Ladieswear,Ladieswear,Jersey Basic,Womens Basics,Jersey Basic
                0100000002,0100000,Tights 2p,Underwear Tights,Socks & Tights,Black,Solid,Lingeries/Tights,Ladieswear,Socks and Tights,Womens Lingerie,Tights basic
                0100000003,0100001,Ballerina,Ballerinas,Shoes,Light Pink,Solid,Ladieswear,Ladieswear,Shoes,Womens Shoes,Shoes
                """);
        writeGzip("transactions.csv.gz", """
                t_dat,customer_id,article_id,price,sales_channel_id
                2020-09-16,c1,0100000001,0.01,2
                2020-09-16,c1,0100000002,0.01,2
                2020-09-17,c1,0100000003,0.02,2
                2020-09-16,c2,0100000003,0.02,1
                """);

        Dataset data = new DatasetLoader().load(DatasetPresets.named("hm-fashion", dir, 0.0), n -> { });

        assertThat(data.name()).isEqualTo("hm-fashion");
        assertThat(data.catalog().categories()).containsExactly("Garment Upper body", "Shoes", "Socks & Tights");
        Product top = data.catalog().product(0);
        assertThat(top.sku()).isEqualTo("0100000001"); // zero padding kept
        assertThat(top.colours()).containsExactly("black");
        assertThat(top.styleTags()).containsExactly("jersey basic", "ladieswear", "womens basics");
        assertThat(top.family()).isEqualTo("0100000");
        assertThat(data.baskets().size()).isEqualTo(3);
        assertThat(data.baskets().itemsOf(0)).containsExactly(0, 1);
        assertThat(data.baskets().itemsOf(1)).containsExactly(2);
        assertThat(data.baskets().time(1)).isEqualTo(1_600_214_400L + 86_400L);
        assertThat(data.users()).isEqualTo(2);
    }

    @Test
    void unknownPresetNameIsRefused() {
        assertThatThrownBy(() -> DatasetPresets.named("movielens", dir, 0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown preset 'movielens'");
    }
}
