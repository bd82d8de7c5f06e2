package dev.switchboard.adapter.upstream.sse;

import io.netty.buffer.ByteBuf;
import io.netty.util.concurrent.FastThreadLocal;
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
    private static final long LFS = ByteWords.repeated(LF);
    private static final long CRS = ByteWords.repeated(CR);
    /** Reads beyond this (the HTTP decoder cuts bodies far smaller) get an array of their own. */
    private static final int MAX_SCRATCH = 1024 * 1024;
    private static final FastThreadLocal<byte[]> SCRATCH = new FastThreadLocal<>() {
        @Override
        protected byte[] initialValue() {
            return new byte[16 * 1024];
        }
    };

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
        // The readable bytes are scanned once for CR and LF together, eight at a step, in a heap array (the
        // buffer's own, or one copy into this thread's scratch): every byte of every stream passes here, and word
        // reads through the buffer, or through a direct NIO view, cost more than the copy.
        int count = buffer.readableBytes();
        byte[] bytes;
        int from;
        if (buffer.hasArray()) {
            bytes = buffer.array();
            from = buffer.arrayOffset() + buffer.readerIndex();
        } else {
            bytes = scratch(count);
            buffer.getBytes(buffer.readerIndex(), bytes, 0, count);
            from = 0;
        }
        int end = from + count;
        buffer.skipBytes(count);
        if (skipLf && from < end) {
            skipLf = false;
            if (bytes[from] == LF) {
                from++;
            }
        }
        while (from < end) {
            int stop = ByteWords.indexOfEither(bytes, from, end, LFS, CRS);
            if (stop < 0) {
                append(bytes, from, end - from);
                break;
            }
            if (length == 0) {
                if (stop - from > maxLine) {
                    throw tooLong();
                }
                lines.add(Arrays.copyOfRange(bytes, from, stop));
            } else {
                append(bytes, from, stop - from);
                lines.add(Arrays.copyOf(pending, length));
                length = 0;
            }
            from = stop + 1;
            if (bytes[stop] == CR) {
                if (from == end) {
                    skipLf = true;
                } else if (bytes[from] == LF) {
                    from++;
                }
            }
        }
    }

    /** This thread's copy space for a direct buffer's bytes, at least {@code size} long. */
    private static byte[] scratch(int size) {
        if (size > MAX_SCRATCH) {
            return new byte[size];
        }
        byte[] space = SCRATCH.get();
        if (space.length < size) {
            space = new byte[Math.max(size, space.length * 2)];
            SCRATCH.set(space);
        }
        return space;
    }

    private void append(byte[] from, int offset, int count) {
        if ((long) length + count > maxLine) {
            throw tooLong();
        }
        if (length + count > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(pending.length * 2, length + count));
        }
        System.arraycopy(from, offset, pending, length, count);
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
