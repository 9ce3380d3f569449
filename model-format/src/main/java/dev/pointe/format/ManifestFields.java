package dev.pointe.format;

/** The fields of a version's {@link ModelKeys#manifest} hash. */
public final class ManifestFields {

    /** {@link ModelStatus} name: WRITING until every data key is written, then COMPLETE. */
    public static final String STATUS = "status";
    /** The {@link StoredManifest} as JSON ({@link ModelCodec#encodeManifest}). */
    public static final String MANIFEST = "manifest";
    /** The publish lock's token of the writer that is writing (or wrote) the version. */
    public static final String WRITER = "writer";
    /** {@link ModelCodec#FORMAT_VERSION} of the version's values, decimal; absent = 1 (written before it was stored). */
    public static final String FORMAT = "format";

    private ManifestFields() {
    }

    /** The format of a version from its {@link #FORMAT} field's value (null when absent); -1 when unreadable. */
    public static int format(String value) {
        if (value == null) return 1;
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
