package dev.switchboard.adapter.upstream.sse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ByteWordsTest {

    // bytes one bit away from the searched ones, their high-bit twins (as in UTF-8), and the extremes
    private static final byte[] NOISE = {0x23, 0x21, 0x5D, 0x5B, (byte) 0xA2, (byte) 0xDC, 0x00, (byte) 0xFF, 0x7F, 0x02};
    private static final long QUOTES = ByteWords.repeated((byte) '"');
    private static final long BACKSLASHES = ByteWords.repeated((byte) '\\');

    private static int both(byte[] bytes, int from, int end) {
        return ByteWords.indexOfEither(bytes, from, end, QUOTES, BACKSLASHES);
    }

    @Test
    void findsTheFirstOfEitherByteAtEveryPlaceOfAWordAndNoOtherByte() {
        for (int length = 0; length <= 40; length++) {
            byte[] bytes = new byte[length];
            for (int i = 0; i < length; i++) {
                bytes[i] = NOISE[i % NOISE.length];
            }
            assertEquals(-1, both(bytes, 0, length), "nothing in " + length + " noise bytes");
            for (int at = 0; at < length; at++) {
                for (byte wanted : new byte[] {'"', '\\'}) {
                    byte kept = bytes[at];
                    bytes[at] = wanted;
                    for (int from = 0; from <= at; from++) {
                        assertEquals(at, both(bytes, from, length), "at " + at + " from " + from);
                    }
                    assertEquals(-1, both(bytes, 0, at), "the end bounds the search, before " + at);
                    assertEquals(-1, both(bytes, at + 1, length), "the start bounds it, after " + at);
                    bytes[at] = kept;
                }
            }
        }
    }

    @Test
    void theFirstOfSeveralWinsWhicheverByteItIs() {
        byte[] bytes = "abcdefgh\\ij\"kl\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals(8, both(bytes, 0, bytes.length));
        assertEquals(11, both(bytes, 9, bytes.length));
        assertEquals(14, both(bytes, 12, bytes.length));
        assertEquals(0x2222222222222222L, QUOTES);
    }
}
