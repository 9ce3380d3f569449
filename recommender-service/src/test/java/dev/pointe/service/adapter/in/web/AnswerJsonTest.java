package dev.pointe.service.adapter.in.web;

import dev.pointe.service.domain.RecommendedItem;
import dev.pointe.format.RecommendationId;
import dev.pointe.service.domain.Recommendations;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void writesExactlyWhatTheDocumentedSchemaWouldHold() {
        Recommendations r = new Recommendations("PT-SHO-1", "v1", List.of(
                new RecommendedItem("PT-TIG-2", "Sheer \"tights\" ✓", "tights", 12.5, "", 0.25, "bt", "often bought together"),
                new RecommendedItem("PT-SKI-3", "Tulle skirt", "skirts", 0, "/img/3.jpg", 1e-7, "pc", "popular in skirts")),
                "popular-in-complementary-categories", true);
        RecommendationId id = RecommendationId.of("v1", "treatment", "ctl|PT-SHO-1");
        byte[] streamed = AnswerJson.encode(r, id);
        assertThat(JSON.readTree(streamed)).isEqualTo(JSON.readTree(JSON.writeValueAsBytes(LookResponse.of(r, id))));
        assertThat(JSON.readTree(streamed).get("arm").asString()).isEqualTo("treatment");
        assertThat(new String(streamed, StandardCharsets.UTF_8)).startsWith("{\"sku\":\"PT-SHO-1\",\"modelVersion\":\"v1\",\"fallback\":true,");
    }

    @Test
    void aMissingFallbackKindIsNull() {
        Recommendations r = new Recommendations("A", "v1", List.of(), null, false);
        RecommendationId id = RecommendationId.of("v1", RecommendationId.NO_ARM, "x");
        assertThat(JSON.readTree(AnswerJson.encode(r, id))).isEqualTo(JSON.readTree(JSON.writeValueAsBytes(LookResponse.of(r, id))));
    }
}
