package dev.pointe.format;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelKeysTest {

    private final ModelKeys keys = ModelKeys.DEFAULT;

    @Test
    void controlKeysShareOneHashTag() {
        assertThat(keys.active()).isEqualTo("pointe:{ctl}:active");
        assertThat(keys.versions()).isEqualTo("pointe:{ctl}:versions");
        assertThat(keys.manifest("v1")).isEqualTo("pointe:{ctl}:manifest:v1");
        assertThat(keys.history()).isEqualTo("pointe:{ctl}:history");
        assertThat(keys.lock()).isEqualTo("pointe:{ctl}:lock");
        assertThat(slot(keys.active())).isEqualTo(slot(keys.manifest("v1"))).isEqualTo(slot(keys.history()))
                .isEqualTo(slot(keys.lock())).isEqualTo(slot(keys.versions()));
    }

    @Test
    void dataKeysAreUntaggedSoTheySpreadOverSlots() {
        assertThat(keys.completeTheLook("v1", "PT-SHO-0001")).isEqualTo("pointe:m:v1:ctl:PT-SHO-0001");
        assertThat(keys.similar("v1", "PT-SHO-0001")).isEqualTo("pointe:m:v1:sim:PT-SHO-0001");
        assertThat(keys.item("v1", "PT-SHO-0001")).isEqualTo("pointe:m:v1:item:PT-SHO-0001");
        assertThat(keys.popular("v1")).isEqualTo("pointe:m:v1:popular");
        assertThat(keys.completeTheLook("v1", "A")).doesNotContain("{");
        assertThat(slot(keys.completeTheLook("v1", "PT-SHO-0001"))).isNotEqualTo(slot(keys.completeTheLook("v1", "PT-SHO-0002")));
        assertThat(keys.completeTheLook("v1", "A")).startsWith(keys.data("v1"));
    }

    @Test
    void prefixIsChecked() {
        assertThat(new ModelKeys("shop1").active()).isEqualTo("shop1:{ctl}:active");
        assertThatThrownBy(() -> new ModelKeys("a{b")).isInstanceOf(IllegalArgumentException.class);
    }

    /** Redis Cluster's key slot: CRC16 (XMODEM) of the hash tag or the whole key, mod 16384. */
    static int slot(String key) {
        int open = key.indexOf('{');
        if (open >= 0) {
            int close = key.indexOf('}', open + 1);
            if (close > open + 1) key = key.substring(open + 1, close);
        }
        int crc = 0;
        for (byte b : key.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            crc ^= (b & 0xFF) << 8;
            for (int i = 0; i < 8; i++) crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            crc &= 0xFFFF;
        }
        return crc % 16384;
    }
}
