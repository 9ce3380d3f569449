package dev.pointe.training.catalog;

import dev.pointe.training.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class CatalogReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsPointeJsonProductsWithDefaultsForAbsentFields() throws IOException {
        Path file = write("catalog.json", """
                [
                  {"sku": "B-2", "title": "Tulle Skirt", "category": "skirts", "slot": "bottoms", "brand": "Barre",
                   "price": 39.5, "colours": ["Blush", " Cream "], "materials": ["tulle"], "styleTags": ["Balletcore"],
                   "stock": 3, "imageUrl": "/i/b.svg"},
                  {"sku": " A-1 ", "category": "shoes"}
                ]
                """);

        CatalogReader.Result result = new CatalogReader().readJson(file);

        assertThat(result.products()).containsExactly(
                new Product("B-2", "Tulle Skirt", "skirts", "bottoms", "Barre", 39.5, List.of("blush", "cream"),
                        List.of("tulle"), List.of("balletcore"), 3, "/i/b.svg"),
                new Product("A-1", "", "shoes", "", "", 0, List.of(), List.of(), List.of(), -1, ""));
        assertThat(result.report().read()).isEqualTo(2);
        assertThat(result.report().skipped()).isZero();
        assertThat(result.report().source()).isEqualTo(file.toString());
    }

    @Test
    void invalidProductsAreSkippedWithTheirPositionAndDuplicatesKeepTheFirst() throws IOException {
        Path file = write("catalog.json", """
                [
                  {"sku": "A-1", "category": "shoes"},
                  {"sku": "B-2", "category": "tights"},
                  {"sku": "C-3", "title": "no category"},
                  {"sku": "A-1", "category": "tops"},
                  {"sku": "D-4", "category": "tops", "price": "cheap"},
                  {"sku": "E-5", "category": "tops", "price": -1},
                  {"category": "tops"}
                ]
                """);

        CatalogReader.Result result = new CatalogReader().readJson(file);

        // a product without a category is normal input: it is uncategorised
        assertThat(result.products()).extracting(Product::sku).containsExactly("A-1", "B-2", "C-3");
        assertThat(result.products().get(0).category()).isEqualTo("shoes");
        assertThat(result.products().get(2).category()).isEqualTo(Catalog.UNCATEGORISED);
        assertThat(result.report().read()).isEqualTo(7);
        assertThat(result.report().kept()).isEqualTo(3);
        assertThat(result.report().skippedByReason()).containsOnly(
                Map.entry("duplicate sku", 1L),
                Map.entry("field 'price' is not a number", 1L),
                Map.entry("field 'price' is negative", 1L),
                Map.entry("missing field 'sku'", 1L));
        assertThat(result.report().describe()).contains(
                "  skipped 1: field 'price' is negative (e.g. " + file + " product #6 (sku E-5))",
                "  skipped 1: duplicate sku (e.g. " + file + " product #4 (A-1))",
                "  skipped 1: missing field 'sku' (e.g. " + file + " product #7)");
    }

    @Test
    void invalidJsonIsAnInputExceptionWithTheLine() throws IOException {
        Path file = write("catalog.json", "[\n  {\"sku\": \"A\",\n   \"category\": }\n]\n");

        assertThatThrownBy(() -> new CatalogReader().readJson(file))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ":3: not valid JSON");
    }

    @Test
    void aJsonObjectInsteadOfAnArrayIsAnInputException() throws IOException {
        Path file = write("catalog.json", "{\"sku\": \"A\", \"category\": \"shoes\"}");

        assertThatThrownBy(() -> new CatalogReader().readJson(file))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": expected a JSON array of products");
    }

    @Test
    void csvWithAMappingSplitsMultiValuedCellsAndLowerCasesThem() throws IOException {
        Path file = write("products.csv", """
                id,name,type,colour,colour2,fabric,tags,cost,units
                P1,Wrap Top,tops,Black|White,white;Cream,Cotton,Barre; Coquette,19.99,5
                P2,Plain Tee,tops,,,,,,
                """);
        CatalogMapping mapping = new CatalogMapping(',', "id", "name", "type", null, null, "cost",
                List.of("colour", "colour2"), List.of("fabric"), List.of("tags"), "units", null);

        CatalogReader.Result result = new CatalogReader().readCsv(file, mapping);

        assertThat(result.products()).containsExactly(
                new Product("P1", "Wrap Top", "tops", "", "", 19.99, List.of("black", "white", "cream"),
                        List.of("cotton"), List.of("barre", "coquette"), 5, ""),
                new Product("P2", "Plain Tee", "tops", "", "", 0, List.of(), List.of(), List.of(), -1, ""));
        assertThat(result.report().skipped()).isZero();
    }

    /** Issue: a CSV catalogue gave models without images and with unknown stock. */
    @Test
    void csvImageBrandStockAndSlotColumnsAreReadIntoTheProduct() throws IOException {
        Path file = write("products.csv", """
                id,name,type,outfit_part,label,units,picture
                P1,Wrap Top,tops,Tops,Barre Co,5,https://cdn.example/p1.jpg
                P2,Tulle Skirt,skirts,bottoms,,0,/img/p2.png
                P3,Plain Tee,tops,,,,
                P4,Leg Warmers,hosiery,hosiery,Tendu,12.0,/img/p4.png
                """);
        CatalogMapping mapping = new CatalogMapping(',', "id", "name", "type", "outfit_part", "label", null,
                null, null, null, "units", "picture");

        CatalogReader.Result result = new CatalogReader().readCsv(file, mapping);

        assertThat(result.products()).containsExactly(
                new Product("P1", "Wrap Top", "tops", "Tops", "Barre Co", 0, List.of(), List.of(), List.of(), 5,
                        "https://cdn.example/p1.jpg"),
                new Product("P2", "Tulle Skirt", "skirts", "bottoms", "", 0, List.of(), List.of(), List.of(), 0, "/img/p2.png"),
                new Product("P3", "Plain Tee", "tops", "", "", 0, List.of(), List.of(), List.of(), -1, ""),
                new Product("P4", "Leg Warmers", "hosiery", "hosiery", "Tendu", 0, List.of(), List.of(), List.of(), 12,
                        "/img/p4.png"));
        assertThat(result.report().skipped()).isZero();
    }

    /** Bug: stock was read as a number and cast, so "2.5" became 2 and "-7" or "3000000000" went through. */
    @Test
    void csvStockThatIsNotAWholeNumberOfUnitsIsABadRowWithFileLineAndValue() throws IOException {
        Path file = write("units.csv", """
                id,units
                P1,3
                P2,2.5
                P3,many
                P4,-7
                P5,-1
                P6,3000000000
                P7,0
                P8,NaN
                """);
        CatalogMapping mapping = new CatalogMapping(',', "id", null, null, null, null, null,
                null, null, null, "units", null);

        CatalogReader.Result result = new CatalogReader().readCsv(file, mapping);

        assertThat(result.products()).extracting(Product::sku, Product::stock)
                .containsExactly(tuple("P1", 3), tuple("P5", -1), tuple("P7", 0));
        assertThat(result.report().describe()).containsExactly(
                file + ": 8 records read, 3 kept, 5 skipped",
                "  skipped 3: field 'stock' is not a whole number (e.g. " + file + ":3 (sku P2: '2.5'), "
                        + file + ":7 (sku P6: '3000000000'), " + file + ":9 (sku P8: 'NaN'))",
                "  skipped 1: field 'stock' is negative (e.g. " + file + ":5 (sku P4: '-7'))",
                "  skipped 1: field 'stock' is not a number (e.g. " + file + ":4 (sku P3: 'many'))");
    }

    @Test
    void jsonStockThatIsNotAWholeNumberOfUnitsIsABadProduct() throws IOException {
        Path file = write("catalog.json", """
                [{"sku": "A", "category": "x", "stock": 4},
                 {"sku": "B", "category": "x", "stock": 2.5},
                 {"sku": "C", "category": "x", "stock": "lots"},
                 {"sku": "D", "category": "x", "stock": -1},
                 {"sku": "E", "category": "x", "stock": -2}]
                """);

        CatalogReader.Result result = new CatalogReader().readJson(file);

        assertThat(result.products()).extracting(Product::sku, Product::stock).containsExactly(tuple("A", 4), tuple("D", -1));
        assertThat(result.report().describe()).containsExactly(
                file + ": 5 records read, 2 kept, 3 skipped",
                "  skipped 1: field 'stock' is negative (e.g. " + file + " product #5 (sku E: '-2'))",
                "  skipped 1: field 'stock' is not a number (e.g. " + file + " product #3 (sku C: 'lots'))",
                "  skipped 1: field 'stock' is not a whole number (e.g. " + file + " product #2 (sku B: '2.5'))");
    }

    @Test
    void csvRowsWithBadFieldsAreSkippedWithFileAndLine() throws IOException {
        Path file = write("products.csv", """
                id,type,cost
                P1,tops,1
                P2,,2
                P3,tops,cheap
                P1,shoes,3
                P4,tops
                """);
        CatalogMapping mapping = new CatalogMapping(',', "id", null, "type", null, null, "cost",
                null, null, null, null, null);

        CatalogReader.Result result = new CatalogReader().readCsv(file, mapping);

        assertThat(result.products()).extracting(Product::sku).containsExactly("P1", "P2");
        assertThat(result.products().get(1).category()).isEqualTo(Catalog.UNCATEGORISED);
        assertThat(result.report().describe()).containsExactly(
                file + ": 5 records read, 2 kept, 3 skipped",
                "  skipped 1: duplicate sku (e.g. " + file + ":5 (P1))",
                "  skipped 1: field 'price' is not a number (e.g. " + file + ":4 (sku P3: 'cheap'))",
                "  skipped 1: wrong number of fields (2 instead of 3) (e.g. " + file + ":6)");
    }

    /**
     * Bug: JSON attribute lists keep blank values and duplicates ("", "Blush", "blush" gives
     * ["", "blush", "blush"]) while the CSV reader drops blanks and duplicates. A blank value then
     * becomes a style attribute that two products can "share".
     */
    @Test
    void jsonAttributeListsDropBlankAndDuplicateValuesLikeCsv() throws IOException {
        Path file = write("catalog.json", "[{\"sku\": \"A\", \"category\": \"x\", \"colours\": [\"\", \"Blush\", \"blush \"]}]");

        CatalogReader.Result result = new CatalogReader().readJson(file);

        assertThat(result.products().get(0).colours()).containsExactly("blush");
    }

    /** Bug: as in EventReader, CSV places are record number + 1, wrong after a blank line. */
    @Test
    void badCsvRowAfterABlankLineIsReportedAtItsRealLine() throws IOException {
        Path file = write("products.csv", "id,type,cost\nP1,tops,1\n\nP2,tops,-3\n");
        CatalogMapping mapping = new CatalogMapping(',', "id", null, "type", null, null, "cost",
                null, null, null, null, null);

        CatalogReader.Result result = new CatalogReader().readCsv(file, mapping);

        assertThat(result.report().describe()).contains("  skipped 1: field 'price' is negative (e.g. " + file + ":4 (sku P2))");
    }

    @Test
    void tabSeparatedCatalogue() throws IOException {
        Path file = write("item_info.tsv", "labels\tlevel2\tlevel1\nwhole milk\tdairy produce\tfresh products\n"
                + "frankfurter\tsausage\tmeat and sausage\n");
        CatalogMapping mapping = new CatalogMapping('\t', "labels", "labels", "level1", "level2", null, null,
                List.of(), List.of(), List.of("level2"), null, null);

        CatalogReader.Result result = new CatalogReader().readCsv(file, mapping);

        assertThat(result.products()).containsExactly(
                new Product("whole milk", "whole milk", "fresh products", "dairy produce", "", 0, List.of(),
                        List.of(), List.of("dairy produce"), -1, ""),
                new Product("frankfurter", "frankfurter", "meat and sausage", "sausage", "", 0, List.of(),
                        List.of(), List.of("sausage"), -1, ""));
    }

    @Test
    void aMappedColumnMissingFromTheHeaderIsAnInputExceptionAtLineOne() throws IOException {
        Path file = write("products.csv", "id,type\nP1,tops\n");
        CatalogMapping mapping = new CatalogMapping(',', "id", null, "category", null, null, null,
                null, null, null, null, null);

        assertThatThrownBy(() -> new CatalogReader().readCsv(file, mapping))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ":1: the category column 'category' is not in the header");
    }

    @Test
    void catalogIdsFollowSkuOrderAndCategoriesAreSorted() {
        Catalog catalog = Catalog.of(List.of(Product.bare("c", "tops"), Product.bare("a", "shoes"),
                Product.bare("b", "tops"), Product.bare("d", "bags")));

        assertThat(catalog.size()).isEqualTo(4);
        assertThat(catalog.products()).extracting(Product::sku).containsExactly("a", "b", "c", "d");
        assertThat(catalog.items().id("a")).isZero();
        assertThat(catalog.items().id("d")).isEqualTo(3);
        assertThat(catalog.product(2).sku()).isEqualTo("c");
        assertThat(catalog.categories()).containsExactly("bags", "shoes", "tops");
        assertThat(new int[]{catalog.categoryOf(0), catalog.categoryOf(1), catalog.categoryOf(2), catalog.categoryOf(3)})
                .containsExactly(1, 2, 2, 0);
    }

    @Test
    void uncategorisedCatalogueHasOneBareProductPerSku() {
        Catalog catalog = Catalog.uncategorised(dev.pointe.training.events.ItemIndex.of("10", "2", "1"));

        assertThat(catalog.products()).containsExactly(Product.bare("1", Catalog.UNCATEGORISED),
                Product.bare("10", Catalog.UNCATEGORISED), Product.bare("2", Catalog.UNCATEGORISED));
        assertThat(catalog.categories()).containsExactly("uncategorised");
        assertThat(catalog.categoryOf(2)).isZero();
    }

    @Test
    void duplicateSkusAreRefusedByTheCatalogue() {
        assertThatThrownBy(() -> Catalog.of(List.of(Product.bare("a", "x"), Product.bare("a", "y"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate sku a");
    }

    @Test
    void aCatalogueWithoutACategoryColumnIsUncategorisedAndAFamilyColumnIsRead() throws IOException {
        Path file = write("products.csv", "id,model\nP1,M1\nP2,M1\nP3,\n");
        CatalogMapping mapping = new CatalogMapping(',', "id", null, null, null, null, null, null, null, null, null, null, "model");

        CatalogReader.Result result = new CatalogReader().readCsv(file, mapping);

        assertThat(result.products()).extracting(Product::category).containsOnly(Catalog.UNCATEGORISED);
        assertThat(result.products()).extracting(Product::family).containsExactly("M1", "M1", "");
    }

    /**
     * Bug (issue): a 10 MB product title was accepted and copied into every list entry that shows the
     * product; the publish then failed with only "lost the connection to Redis while writing".
     */
    @Test
    void csvFieldsOverTheirLimitsAreBadRowsWithFileLineFieldAndLength() throws IOException {
        String longSku = "S".repeat(CatalogReader.MAX_SKU_LENGTH + 1);
        // 500 emoji are 1,000 UTF-16 chars but 500 characters: at the limit, kept
        String emojiTitle = "🩰".repeat(CatalogReader.MAX_TITLE_LENGTH);
        Path file = write("products.csv", "id,name,type,image\n"
                + "P1," + "t".repeat(600) + ",tops,/i/1.jpg\n"
                + "P2," + emojiTitle + ",tops,/i/2.jpg\n"
                + "P3,Wrap Top," + "c".repeat(201) + ",/i/3.jpg\n"
                + "P4,Wrap Top,tops,https://cdn.example/" + "i".repeat(2_048) + "\n"
                + longSku + ",Wrap Top,tops,/i/5.jpg\n"
                + "P6," + "t".repeat(500) + ",tops,/i/6.jpg\n");
        CatalogMapping mapping = new CatalogMapping(',', "id", "name", "type", null, null, null,
                null, null, null, null, "image");

        CatalogReader.Result result = new CatalogReader().readCsv(file, mapping);

        assertThat(result.products()).extracting(Product::sku).containsExactly("P2", "P6");
        assertThat(result.products().get(0).title()).isEqualTo(emojiTitle);
        assertThat(result.report().describe()).containsExactly(
                file + ": 6 records read, 2 kept, 4 skipped",
                "  skipped 1: field 'category' is longer than 200 characters (e.g. " + file + ":4 (sku P3: 201 characters))",
                "  skipped 1: field 'imageUrl' is longer than 2,048 characters (e.g. " + file + ":5 (sku P4: 2,068 characters))",
                "  skipped 1: field 'sku' is longer than 200 characters (e.g. " + file + ":6 (sku " + "S".repeat(40)
                        + "…: 201 characters))",
                "  skipped 1: field 'title' is longer than 500 characters (e.g. " + file + ":2 (sku P1: 600 characters))");
    }

    @Test
    void aJsonProductWithATitleOverTheLimitIsSkippedWithItsPositionAndLength() throws IOException {
        Path file = write("catalog.json", "[{\"sku\": \"A-1\", \"category\": \"shoes\"},\n"
                + " {\"sku\": \"B-2\", \"category\": \"tops\", \"title\": \"" + "t".repeat(10_000_000) + "\"}]");

        CatalogReader.Result result = new CatalogReader().readJson(file);

        assertThat(result.products()).extracting(Product::sku).containsExactly("A-1");
        assertThat(result.report().describe()).containsExactly(
                file + ": 2 records read, 1 kept, 1 skipped",
                "  skipped 1: field 'title' is longer than 500 characters (e.g. " + file + " product #2 (sku B-2: 10,000,000 characters))");
    }

    @Test
    void tooManyFieldsOverTheLimitsRefuseTheCatalogueUnderMaxBadFraction() throws IOException {
        StringBuilder csv = new StringBuilder("id,name\n");
        for (int i = 0; i < 18; i++) csv.append("P").append(i).append(",Plain Tee\n");
        csv.append("P18,").append("t".repeat(501)).append('\n').append("P19,").append("t".repeat(502)).append('\n');
        Path file = write("products.csv", csv.toString());
        CatalogMapping mapping = new CatalogMapping(',', "id", "name", null, null, null, null, null, null, null, null, null);

        CatalogReader.Result result = new CatalogReader().readCsv(file, mapping);

        assertThat(result.products()).hasSize(18);
        result.report().requireUsable(0.10); // 2 of 20 bad: allowed
        assertThatThrownBy(() -> result.report().requireUsable(0.05))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": 10.0% of records were skipped, more than the allowed 5.0% (--max-bad-fraction): "
                        + file + ": 20 records read, 18 kept, 2 skipped; "
                        + "  skipped 2: field 'title' is longer than 500 characters (e.g. " + file + ":20 (sku P18: 501 characters), "
                        + file + ":21 (sku P19: 502 characters))");
    }

    /** Bug: every bad record with its sku in the reason made one error line name all 16,428 skus. */
    @Test
    void manyBadRecordsGiveAShortMessageWithACountAndAFewExamples() throws IOException {
        StringBuilder csv = new StringBuilder("id,cost\n");
        for (int i = 0; i < 20_000; i++) csv.append("P").append(i).append(",x").append(i).append('\n');
        Path file = write("products.csv", csv.toString());
        CatalogMapping mapping = new CatalogMapping(',', "id", null, null, null, null, "cost", null, null, null, null, null);

        CatalogReader.Result result = new CatalogReader().readCsv(file, mapping);

        assertThat(result.report().describe()).hasSize(2);
        assertThat(result.report().describe().get(1)).startsWith("  skipped 20,000: field 'price' is not a number (e.g. ");
        assertThatThrownBy(() -> result.report().requireUsable(0.05)).isInstanceOf(dev.pointe.training.io.InputException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(1_000));
    }
}
