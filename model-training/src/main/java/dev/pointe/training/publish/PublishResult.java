package dev.pointe.training.publish;

/**
 * What a publish did.
 *
 * @param version        the version written
 * @param keys           data keys written and verified
 * @param bytes          value bytes written
 * @param seconds        wall time of the data write and verification
 * @param alreadyPresent the version was already complete in the store: nothing was rewritten
 * @param previous       the version active before (null when none or when not activated)
 * @param activated      the version is now active
 */
public record PublishResult(String version, long keys, long bytes, double seconds, boolean alreadyPresent,
                            String previous, boolean activated) {
}
