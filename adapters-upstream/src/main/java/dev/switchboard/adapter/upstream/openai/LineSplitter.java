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
        feed(buffer, lines);
        return lines;
    }

    /** Adds the lines the buffer completes to {@code lines}; scans a heap buffer's array in place. */
    void feed(ByteBuffer buffer, List<byte[]> lines) {
        if (!buffer.hasArray()) {
            byte[] copy = new byte[buffer.remaining()];
            buffer.get(copy);
            buffer = ByteBuffer.wrap(copy);
        }
        byte[] array = buffer.array();
        int from = buffer.arrayOffset() + buffer.position();
        int end = buffer.arrayOffset() + buffer.limit();
        while (from < end) {
            int newline = -1;
            for (int i = from; i < end; i++) {
                if (array[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int stop = newline < 0 ? end : newline;
            append(array, from, stop - from);
            if (newline < 0) {
                break;
            }
            int cut = length > 0 && pending[length - 1] == '\r' ? length - 1 : length;
            lines.add(Arrays.copyOf(pending, cut));
            length = 0;
            from = newline + 1;
        }
        buffer.position(buffer.limit());
    }

    private void append(byte[] from, int offset, int count) {
        if (length + count > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(pending.length * 2, length + count));
        }
        System.arraycopy(from, offset, pending, length, count);
        length += count;
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
