package dev.pointe.training.tuning;

import dev.pointe.training.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelSettingsTest {

    @TempDir
    Path dir;

    @Test
    void aSettingsFileRoundTripsAndMayGiveOnlySomeSettings() throws IOException {
        ModelSettings changed = ModelSettings.defaults().with(Map.of("itemSmoothing", 42.5, "diversity", 0.8, "measure", "llr", "topK", 70));
        Path full = Files.writeString(dir.resolve("full.json"), changed.toJson());
        Path partial = Files.writeString(dir.resolve("partial.json"), "{\"settings\": {\"styleWeight\": 0.25}, \"tuning\": {}}");

        assertThat(ModelSettings.defaults().read(full)).isEqualTo(changed);
        ModelSettings read = ModelSettings.defaults().read(partial);
        assertThat(read.looks().styleWeight()).isEqualTo(0.25);
        assertThat(read.with(Map.of("styleWeight", ModelSettings.defaults().looks().styleWeight()))).isEqualTo(ModelSettings.defaults());
        assertThat(changed.toMap()).containsEntry("measure", "llr").containsEntry("topK", 70).containsEntry("itemSmoothing", 42.5);
    }

    @Test
    void badFilesNameTheFileAndTheSetting() throws IOException {
        Path unknown = Files.writeString(dir.resolve("unknown.json"), "{\"smoothness\": 3}");
        Path wrongType = Files.writeString(dir.resolve("type.json"), "{\"topK\": \"many\"}");
        Path outOfRange = Files.writeString(dir.resolve("range.json"), "{\"diversity\": 2}");
        Path notJson = Files.writeString(dir.resolve("bad.json"), "{topK: 3");

        assertThatThrownBy(() -> ModelSettings.defaults().read(unknown)).isInstanceOf(InputException.class)
                .hasMessageContaining(unknown + ": setting 'smoothness'").hasMessageContaining("unknown");
        assertThatThrownBy(() -> ModelSettings.defaults().read(wrongType)).isInstanceOf(InputException.class)
                .hasMessageContaining("setting 'topK'").hasMessageContaining("must be a number");
        assertThatThrownBy(() -> ModelSettings.defaults().read(outOfRange)).isInstanceOf(InputException.class)
                .hasMessageContaining(outOfRange.toString()).hasMessageContaining("diversity must be in (0, 1]");
        assertThatThrownBy(() -> ModelSettings.defaults().read(notJson)).isInstanceOf(InputException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> ModelSettings.defaults().read(dir.resolve("missing.json"))).isInstanceOf(InputException.class)
                .hasMessageContaining("no such settings file");
        assertThatThrownBy(() -> ModelSettings.defaults().with(Map.of("topK", 2.5))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'topK' must be a whole number");
    }
}
