package dev.pointe.format;

import java.util.Map;

/**
 * The manifest of a published version, as stored in its {@link ModelKeys#manifest} hash.
 *
 * @param version     the model version (16 hex digits from the trainer)
 * @param createdAt   ISO-8601 instant the model's data ends (from the trainer)
 * @param publishedAt ISO-8601 instant the publish started (wall clock of the publisher)
 * @param dataset     what it was trained on
 * @param config      the training settings
 * @param inputs      input file name → SHA-256
 * @param counts      items, entries and other sizes from the trainer
 * @param metrics     offline metrics, "split/protocol/method/metric@K" → value
 * @param keys        data keys written for this version (set when complete; 0 while writing)
 * @param checksum    "crc32c:" + 8 hex digits: CRC-32C over every data key, a 0 byte and its value, in write order (set when complete)
 */
public record StoredManifest(String version, String createdAt, String publishedAt, String dataset,
                             Map<String, Object> config, Map<String, String> inputs, Map<String, Long> counts,
                             Map<String, Double> metrics, long keys, String checksum) {
}
