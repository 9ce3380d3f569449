package dev.pointe.training.cli;

/** Exit codes that scripts can rely on. */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** Input data unusable: missing file, wrong column, too many bad records. Nothing was written. */
    public static final int BAD_INPUT = 1;
    /** Wrong command-line usage (unknown option, bad value). */
    public static final int USAGE = 2;
    /** Output could not be written. */
    public static final int OUTPUT_FAILED = 3;
    /** A quality gate (--min-hr) failed. The model was written; the evaluation says why. */
    public static final int QUALITY_GATE = 4;
    /**
     * A Redis operation failed or was refused: server unreachable, publish lock held, write refused
     * (e.g. out of memory), activation of a missing or incomplete version. Nothing was activated.
     */
    public static final int REDIS_FAILED = 5;

    private ExitCodes() {
    }
}
