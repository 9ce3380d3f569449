package dev.pointe.format;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelCodecTest {

    private static final ListEntry TIGHTS = new ListEntry("PT-HOS-0003", "Blush Sheer Tights", "hosiery", 12.95,
            "/images/PT-HOS-0003.svg", 1.25, "bt", List.of("blush", "balletcore"), "Maison Plié", 7, List.of("blush"),
            List.of("balletcore", "coquette"));

    @Test
    void listEntriesAreCompactJsonArrays() {
        String json = new String(ModelCodec.encodeList(List.of(TIGHTS)), StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("[[\"PT-HOS-0003\",\"Blush Sheer Tights\",\"hosiery\",12.95,\"/images/PT-HOS-0003.svg\","
                + "\"Maison Plié\",7,[\"blush\"],[\"balletcore\",\"coquette\"],1.25,\"bt\",[\"blush\",\"balletcore\"]]]");
    }

    @Test
    void theHandWrittenEncoderEscapesLikeJackson() {
        ListEntry odd = new ListEntry("A\"1", "Tab\there \\ \u0001 é ✓", "c", 1e7, "", -0.5, "bt", List.of("x\ny"));
        byte[] encoded = ModelCodec.encodeList(List.of(odd, TIGHTS));
        assertThat(ModelCodec.decodeList(encoded)).containsExactly(odd, TIGHTS);
        String jackson = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(List.of(TIGHTS));
        assertThat(new String(ModelCodec.encodeList(List.of(TIGHTS)), StandardCharsets.UTF_8)).isEqualTo(jackson);
    }

    @Test
    void emptyListsAreEmptyArrays() {
        assertThat(new String(ModelCodec.encodeList(List.of()), StandardCharsets.UTF_8)).isEqualTo("[]");
        ListValueWriter writer = new ListValueWriter();
        writer.add(new ListEntry("a", "", "c", 0, "", 1, "ms", List.of()));
        assertThat(new String(writer.finish(), StandardCharsets.UTF_8)).isEqualTo("[[\"a\",\"\",\"c\",0.0,\"\",\"\",-1,[],[],1.0,\"ms\",[]]]");
        assertThat(new String(writer.finish(), StandardCharsets.UTF_8)).isEqualTo("[]");
    }

    @Test
    void listsRoundTrip() {
        List<ListEntry> list = List.of(TIGHTS, new ListEntry("PT-SKI-0001", "Tulle Skirt", "skirts", 0, "", 0.5, "ms", List.of()));
        assertThat(ModelCodec.decodeList(ModelCodec.encodeList(list))).isEqualTo(list);
    }

    @Test
    void formatOneValuesStillRead() {
        byte[] v1 = "{\"hosiery\":[[\"PT-HOS-0003\",\"Blush Sheer Tights\",\"hosiery\",12.95,\"\",1.25,\"pc\",[]]]}".getBytes(StandardCharsets.UTF_8);
        assertThat(ModelCodec.decodePopular(v1)).isEqualTo(Map.of("hosiery",
                List.of(new ListEntry("PT-HOS-0003", "Blush Sheer Tights", "hosiery", 12.95, "", 1.25, "pc", List.of()))));
        assertThat(ModelCodec.readable(1)).isTrue();
        assertThat(ModelCodec.readable(ModelCodec.FORMAT_VERSION)).isTrue();
        assertThat(ModelCodec.readable(ModelCodec.FORMAT_VERSION + 1)).isFalse();
        assertThat(StoreScripts.readableFormats()).isEqualTo("1,2");
    }

    @Test
    void popularRoundTrips() {
        Map<String, List<ListEntry>> popular = Map.of("hosiery", List.of(TIGHTS));
        assertThat(ModelCodec.decodePopular(ModelCodec.encodePopular(popular))).isEqualTo(popular);
    }

    @Test
    void itemsManifestsAndEventsRoundTrip() {
        ItemData item = new ItemData("PT-SHO-0001", "Blush Satin Ballet Flats", "shoes", "shoes", "Maison Plié", 189.0,
                List.of("blush"), List.of("satin"), List.of("balletcore", "luxury"), 12, "/images/PT-SHO-0001.svg");
        assertThat(ModelCodec.decodeItem(ModelCodec.encodeItem(item))).isEqualTo(item);
        StoredManifest manifest = new StoredManifest("16e1eb3b33c52bda", "2026-10-31T00:10:16Z", "2026-11-24T10:00:00Z",
                "seeds", Map.of("topK", 50), Map.of("catalog.json", "cdd9"), Map.of("items", 340L),
                Map.of("random/cross-category/pointe/hr@10", 0.6564), 1020, "abc");
        StoredManifest back = ModelCodec.decodeManifest(ModelCodec.encodeManifest(manifest));
        assertThat(back.version()).isEqualTo("16e1eb3b33c52bda");
        assertThat(back.counts()).containsEntry("items", 340L);
        assertThat(back.metrics()).containsEntry("random/cross-category/pointe/hr@10", 0.6564);
        assertThat(back.keys()).isEqualTo(1020);
        ModelEvent event = new ModelEvent("activated", "b", "a");
        assertThat(ModelCodec.decodeEvent(ModelCodec.encodeEvent(event))).isEqualTo(event);
    }

    @Test
    void malformedValuesAreReportedNotThrownAsJacksonErrors() {
        assertThatThrownBy(() -> ModelCodec.decodeList("{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("malformed list value");
    }
}
