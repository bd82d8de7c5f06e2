package dev.switchboard.adapter.upstream.sse;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds the first of two byte values eight bytes at a step (one {@code long} read, two exact zero-byte tests):
 * every byte of every stream is searched for line ends, and most bytes of every JSON line for quotes, so a
 * byte-at-a-time loop is what a relayed line costs most.
 */
public final class ByteWords {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;

    private ByteWords() {
    }

    /** {@code value} in each of a word's eight bytes: the pattern the searches take. */
    public static long repeated(byte value) {
        return (value & 0xFFL) * 0x0101010101010101L;
    }

    /** The index of the first byte in [from, end) equal to either pattern's byte, or -1. */
    public static int indexOfEither(byte[] bytes, int from, int end, long first, long second) {
        int i = from;
        for (; i <= end - Long.BYTES; i += Long.BYTES) {
            long word = (long) LONGS.get(bytes, i);
            long hits = zeroBytes(word ^ first) | zeroBytes(word ^ second);
            if (hits != 0) {
                return i + firstByte(hits);
            }
        }
        for (; i < end; i++) {
            if (bytes[i] == (byte) first || bytes[i] == (byte) second) {
                return i;
            }
        }
        return -1;
    }

    /** 0x80 in every byte of {@code word} that is zero, 0 in every other (exact: no carry crosses a byte). */
    private static long zeroBytes(long word) {
        return ~(((word & LOW_SEVEN) + LOW_SEVEN) | word | LOW_SEVEN);
    }

    /** Little-endian: the lowest byte of a word is the first in memory. */
    private static int firstByte(long hits) {
        return Long.numberOfTrailingZeros(hits) >>> 3;
    }
}
