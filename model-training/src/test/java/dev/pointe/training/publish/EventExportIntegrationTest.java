package dev.pointe.training.publish;

import dev.pointe.format.ModelKeys;
import dev.pointe.format.ShopperEventRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The service's events stream, exported as the trainer's own event log. */
class EventExportIntegrationTest {

    private static final TestRedisServer REDIS = TestRedisServer.start();

    @AfterAll
    static void stop() {
        REDIS.stop();
    }

    /** As the service stores events: one field holding the event's JSON. */
    private static String add(ShopperEventRecord e) {
        return REDIS.redis().xadd(ModelKeys.DEFAULT.events(), java.util.Map.of(ShopperEventRecord.PAYLOAD, e.payload()));
    }

    /** The older shape, one field per value: still read. */
    private static String addAsFields(ShopperEventRecord e) {
        return REDIS.redis().xadd(ModelKeys.DEFAULT.events(), e.fields());
    }

    @Test
    void writesViewsCartsAndOrdersAndLeavesImpressionsOut(@TempDir Path dir) throws Exception {
        long t = Instant.parse("2026-12-02T10:15:30.250Z").toEpochMilli();
        add(new ShopperEventRecord("e1", "impression", "s-1", "PT-HOS-0010", t, null, null, "r1.v.none.0000000a"));
        add(new ShopperEventRecord("e2", "click", "s-1", "PT-HOS-0010", t, null, null, "r1.v.none.0000000a"));
        addAsFields(new ShopperEventRecord("e3", "add_to_cart", "s-1", "PT-HOS-0010", t + 1000, 12.95, 2, null));
        String last = add(new ShopperEventRecord("e4", "purchase", "s,2", "PT-SKI-0001", t + 2000, 30.0, 1, null));
        try (RedisModelStore store = StoreFixtures.connect(REDIS)) {
            EventExport.Result r = new EventExport(store).export(dir, "0");
            assertThat(r.read()).isEqualTo(4);
            assertThat(r.written()).isEqualTo(3);
            assertThat(r.lastEntryId()).isEqualTo(last);
            try (InputStream in = new GZIPInputStream(Files.newInputStream(r.file()))) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("""
                        user_id,session_id,order_id,sku,event,timestamp
                        s-1,s-1,,PT-HOS-0010,view,2026-12-02T10:15:30Z
                        s-1,s-1,,PT-HOS-0010,cart,2026-12-02T10:15:31Z
                        "s,2","s,2","s,2-2026-12-02",PT-SKI-0001,purchase,2026-12-02T10:15:32Z
                        """);
            }
            // from the last entry on: nothing new
            assertThat(new EventExport(store).export(dir, last).written()).isZero();
            assertThat(dir.toFile().list()).allSatisfy(name -> assertThat(name).endsWith(".csv.gz"));
        }
    }
}
