package dev.switchboard.adapter.upstream.openai;

import io.netty.buffer.ByteBuf;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts a byte stream into lines (LF or CRLF, terminator dropped) across arbitrary buffer boundaries.
 * Works on bytes, so multi-byte UTF-8 characters split between buffers arrive intact; a line that lies
 * whole in one buffer is copied once, and only a line split across buffers is assembled in a side buffer.
 * One instance per stream.
 */
final class LineSplitter {

    private final int maxLine;
    private byte[] pending = new byte[256];
    private int length;

    /** {@code maxLine}: a longer line fails the stream rather than the heap. */
    LineSplitter(int maxLine) {
        this.maxLine = maxLine;
    }

    /** Adds the lines the buffer completes to {@code lines} and consumes the buffer's readable bytes. */
    void feed(ByteBuf buffer, List<byte[]> lines) {
        int from = buffer.readerIndex();
        int end = buffer.writerIndex();
        while (from < end) {
            int newline = buffer.indexOf(from, end, (byte) '\n');
            if (newline < 0) {
                append(buffer, from, end - from);
                break;
            }
            if (length == 0) {
                if (newline - from > maxLine) {
                    throw new IllegalStateException("an upstream line is longer than " + maxLine + " bytes");
                }
                int stop = newline > from && buffer.getByte(newline - 1) == '\r' ? newline - 1 : newline;
                byte[] line = new byte[stop - from];
                buffer.getBytes(from, line);
                lines.add(line);
            } else {
                append(buffer, from, newline - from);
                int cut = pending[length - 1] == '\r' ? length - 1 : length;
                lines.add(Arrays.copyOf(pending, cut));
                length = 0;
            }
            from = newline + 1;
        }
        buffer.readerIndex(end);
    }

    private void append(ByteBuf from, int offset, int count) {
        if ((long) length + count > maxLine) {
            throw new IllegalStateException("an upstream line is longer than " + maxLine + " bytes");
        }
        if (length + count > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(pending.length * 2, length + count));
        }
        from.getBytes(offset, pending, length, count);
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
