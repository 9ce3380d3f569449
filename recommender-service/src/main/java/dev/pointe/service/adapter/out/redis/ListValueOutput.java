package dev.pointe.service.adapter.out.redis;

import dev.pointe.format.ListEntry;
import dev.pointe.format.ModelCodec;
import io.lettuce.core.output.CommandOutput;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * A GET's reply decoded into list entries straight from Lettuce's receive buffer, without first copying the value
 * into a byte array of its own (a per-thread scratch array serves when the buffer is off-heap). No value: null. A
 * malformed value is the command's error, {@link #MALFORMED} followed by what is wrong.
 */
final class ListValueOutput extends CommandOutput<String, byte[], List<ListEntry>> {

    /** How the error of a malformed value begins. */
    static final String MALFORMED = "malformed list value";
    private static final int KEPT_SCRATCH_BYTES = 256 * 1024;
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[16 * 1024]);

    ListValueOutput() {
        super(RedisConnections.MODEL_CODEC, null);
    }

    @Override
    public void set(ByteBuffer bytes) {
        if (bytes == null) return;
        int length = bytes.remaining();
        try {
            if (bytes.hasArray()) {
                output = ModelCodec.decodeList(bytes.array(), bytes.arrayOffset() + bytes.position(), length);
            } else {
                byte[] scratch = SCRATCH.get();
                if (scratch.length < length) {
                    scratch = new byte[length];
                    if (length <= KEPT_SCRATCH_BYTES) SCRATCH.set(scratch); // a huge value is not kept pinned
                }
                bytes.get(scratch, 0, length);
                output = ModelCodec.decodeList(scratch, 0, length);
            }
        } catch (IllegalArgumentException e) {
            setError(e.getMessage().startsWith(MALFORMED) ? e.getMessage() : MALFORMED + ": " + e.getMessage());
        }
    }
}
