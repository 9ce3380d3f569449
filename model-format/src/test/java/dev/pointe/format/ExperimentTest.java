package dev.pointe.format;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExperimentTest {

    private static final Experiment AB = new Experiment("looks-v2", "2026-12-02T00:00:00Z",
            List.of(new Experiment.Arm("control", "aaaa", 1), new Experiment.Arm("treatment", "bbbb", 3)));

    @Test
    void assignmentIsStableAndFollowsTheWeights() {
        assertThat(AB.assign("shopper-1")).isEqualTo(AB.assign("shopper-1"));
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < 40_000; i++) counts.merge(AB.assign("s" + i).name(), 1, Integer::sum);
        assertThat(counts.get("treatment") / 40_000.0).isCloseTo(0.75, within(0.01));
        // another experiment splits independently
        Experiment other = new Experiment("other", null, AB.arms());
        int same = 0;
        for (int i = 0; i < 10_000; i++) if (AB.assign("s" + i).equals(other.assign("s" + i))) same++;
        assertThat(same / 10_000.0).isCloseTo(0.75 * 0.75 + 0.25 * 0.25, within(0.02));
    }

    @Test
    void problemsNameTheFields() {
        Experiment bad = new Experiment("x y", null, List.of(new Experiment.Arm("none", "v", 0), new Experiment.Arm("b", null, 1)));
        assertThat(bad.problems()).containsExactly("id: required, 1..64 letters, digits, '-' or '_'",
                "arms[0].name: required, 1..32 letters, digits, '-' or '_', not 'none'", "arms[0].weight: must be > 0",
                "arms[1].version: required");
        assertThat(AB.problems()).isEmpty();
        assertThat(ModelCodec.decodeExperiment(ModelCodec.encodeExperiment(AB))).isEqualTo(AB);
    }

    @Test
    void recommendationIdsCarryVersionAndArm() {
        RecommendationId id = RecommendationId.of("16e1eb3b33c52bda", "treatment", "PT-SHO-0001|ctl|10");
        assertThat(id.toString()).matches("r1\\.16e1eb3b33c52bda\\.treatment\\.[0-9a-f]{8}");
        assertThat(RecommendationId.parse(id.toString())).isEqualTo(id);
        assertThat(RecommendationId.parse("r1.v.arm.xyz")).isNull();
        assertThat(RecommendationId.parse("r2.v.a.0000000a")).isNull();
    }
}
