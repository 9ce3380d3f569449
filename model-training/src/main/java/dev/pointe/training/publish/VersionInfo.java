package dev.pointe.training.publish;

import dev.pointe.format.ModelStatus;
import dev.pointe.format.StoredManifest;

/**
 * One version in the store, for {@code versions}.
 *
 * @param manifest the stored manifest; null when it is unreadable
 * @param active   it is the version being served
 * @param previous it is what rollback would go back to
 */
public record VersionInfo(String version, ModelStatus status, StoredManifest manifest, boolean active, boolean previous) {
}
