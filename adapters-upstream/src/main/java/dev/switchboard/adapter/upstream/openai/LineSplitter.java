package dev.switchboard.adapter.upstream.openai;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts a byte stream into lines (LF or CRLF, terminator dropped) across arbitrary buffer boundaries.
 * Works on bytes, so multi-byte UTF-8 characters split between buffers arrive intact, and a line of
 * several megabytes is grown in place rather than copied per buffer. One instance per stream.
 */
final class LineSplitter {

    private byte[] pending = new byte[256];
    private int length;

    List<byte[]> feed(ByteBuffer buffer) {
        List<byte[]> lines = new ArrayList<>(2);
        while (buffer.hasRemaining()) {
            byte b = buffer.get();
            if (b == '\n') {
                int end = length > 0 && pending[length - 1] == '\r' ? length - 1 : length;
                lines.add(Arrays.copyOf(pending, end));
                length = 0;
            } else {
                if (length == pending.length) {
                    pending = Arrays.copyOf(pending, pending.length * 2);
                }
                pending[length++] = b;
            }
        }
        return lines;
    }

    /** The unterminated tail, if the stream ended without a final newline. */
    List<byte[]> finish() {
        if (length == 0) {
            return List.of();
        }
        int end = pending[length - 1] == '\r' ? length - 1 : length;
        length = 0;
        return List.of(Arrays.copyOf(pending, end));
    }
}
