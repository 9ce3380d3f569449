package dev.pointe.training.model;

import java.util.Map;

/**
 * What a model is: its version id (a fingerprint of the config and the input checksums), when its data
 * ends, what it was trained on and with which settings, sizes, and offline metrics.
 *
 * @param formatVersion the model format's version (1)
 * @param version       16 hex digits; same config and inputs ⇒ same version
 * @param createdAt     ISO-8601 instant: the given --as-of time, else the latest event time (never the
 *                      wall clock, so that output is reproducible)
 * @param metrics       "split/protocol/method/metric@K" → value, e.g. {@code random/cross-category/pointe/hr@10}
 */
public record Manifest(int formatVersion, String version, String createdAt, String dataset, Map<String, Object> config,
                       Map<String, String> inputs, Map<String, Long> counts, Map<String, Double> metrics) {
}
