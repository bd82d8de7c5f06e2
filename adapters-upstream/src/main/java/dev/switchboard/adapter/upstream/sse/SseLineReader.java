package dev.switchboard.adapter.upstream.sse;

import io.netty.buffer.ByteBuf;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts a byte stream into SSE lines across arbitrary buffer boundaries: LF, CRLF and a lone CR all end a line
 * (the terminator is dropped; a CR at the end of one buffer and an LF at the start of the next are one CRLF).
 * Works on bytes, so multi-byte UTF-8 characters split between buffers arrive intact; a line that lies whole in
 * one buffer is copied once, only a line split across buffers is assembled in a side buffer, bounded by
 * {@code maxLine}. One instance per stream; shared by every provider.
 */
public final class SseLineReader {

    private static final byte LF = '\n';
    private static final byte CR = '\r';

    private final int maxLine;
    private byte[] pending = new byte[256];
    private int length;
    private boolean skipLf;

    /** {@code maxLine}: a longer line fails the stream rather than the heap. */
    public SseLineReader(int maxLine) {
        this.maxLine = maxLine;
    }

    /** Adds the lines the buffer completes to {@code lines} and consumes the buffer's readable bytes. */
    public void feed(ByteBuf buffer, List<byte[]> lines) {
        int from = buffer.readerIndex();
        int end = buffer.writerIndex();
        if (skipLf && from < end) {
            skipLf = false;
            if (buffer.getByte(from) == LF) {
                from++;
            }
        }
        // Line ends are found with indexOf (Netty's unrolled search), not a per-byte predicate: every byte of every
        // stream passes here. The next LF is remembered, so lines ended by a lone CR do not rescan the buffer.
        int lf = -2;
        while (from < end) {
            if (lf != -1 && lf < from) {
                lf = buffer.indexOf(from, end, LF);
            }
            int cr = buffer.indexOf(from, lf < 0 ? end : lf, CR);
            int stop = cr >= 0 ? cr : lf;
            if (stop < 0) {
                append(buffer, from, end - from);
                break;
            }
            if (length == 0) {
                if (stop - from > maxLine) {
                    throw tooLong();
                }
                byte[] line = new byte[stop - from];
                buffer.getBytes(from, line);
                lines.add(line);
            } else {
                append(buffer, from, stop - from);
                lines.add(Arrays.copyOf(pending, length));
                length = 0;
            }
            from = stop + 1;
            if (stop == cr) {
                // lf is the first LF after the line's start, so a CRLF is exactly cr + 1 == lf: no byte is read again
                if (from == lf) {
                    from++;
                } else if (from == end) {
                    skipLf = true;
                }
            }
        }
        buffer.readerIndex(end);
    }

    private void append(ByteBuf from, int offset, int count) {
        if ((long) length + count > maxLine) {
            throw tooLong();
        }
        if (length + count > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(pending.length * 2, length + count));
        }
        from.getBytes(offset, pending, length, count);
        length += count;
    }

    private IllegalStateException tooLong() {
        return new IllegalStateException("an upstream line is longer than " + maxLine + " bytes");
    }

    /** The unterminated tail, if the stream ended without a final line end. */
    public List<byte[]> finish() {
        if (length == 0) {
            return List.of();
        }
        byte[] tail = Arrays.copyOf(pending, length);
        length = 0;
        return List.of(tail);
    }
}
