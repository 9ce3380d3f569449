package dev.pointe.training.publish;

import dev.pointe.format.Experiment;
import dev.pointe.format.ModelKeys;
import dev.pointe.training.model.TrainedModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The trainer's side of experiments: start (only complete versions, one at a time), stop, promote. */
class ExperimentControlIntegrationTest {

    private static final TestRedisServer REDIS = TestRedisServer.start();

    @AfterAll
    static void stop() {
        REDIS.stop();
    }

    @Test
    void startsStopsAndPromotes() {
        TrainedModel a = StoreFixtures.synthetic("3000000000000001", 10, 3);
        TrainedModel b = StoreFixtures.synthetic("3000000000000002", 11, 3);
        StoreFixtures.publish(REDIS, a, 1_800_000_000L);
        StoreFixtures.publish(REDIS, b, 1_800_000_010L);
        try (RedisModelStore store = StoreFixtures.connect(REDIS)) {
            ExperimentControl control = new ExperimentControl(store, Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC));
            List<Experiment.Arm> arms = List.of(new Experiment.Arm("control", "3000000000000002", 1),
                    new Experiment.Arm("old", "3000000000000001", 1));
            assertThatThrownBy(() -> control.start("e1", List.of(arms.get(0), new Experiment.Arm("x", "nope", 1))))
                    .hasMessageContaining("arm x's version nope is not a complete version");
            Experiment started = control.start("e1", arms);
            assertThat(started.startedAt()).isEqualTo("2026-12-02T10:00:00Z");
            assertThat(control.running()).isEqualTo(started);
            assertThat(REDIS.redis().smembers(ModelKeys.DEFAULT.experimentArms())).containsExactlyInAnyOrder("control", "old");
            assertThatThrownBy(() -> control.start("e2", arms)).hasMessageContaining("an experiment already runs (e1)");
            assertThat(control.promote("old")).isEqualTo("3000000000000001");
            assertThat(REDIS.redis().get(ModelKeys.DEFAULT.active())).isEqualTo("3000000000000001");
            assertThat(control.running()).isNull();
            assertThat(control.stop()).isNull();
            assertThatThrownBy(() -> control.start("bad id", arms)).hasMessageContaining("id: required");
        }
    }
}
