package dev.switchboard.adapter.upstream.sse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseLineReaderTest {

    private static List<String> split(byte[] all, int piece) {
        SseLineReader splitter = new SseLineReader(8 * 1024 * 1024);
        List<byte[]> lines = new ArrayList<>();
        for (int i = 0; i < all.length; i += piece) {
            splitter.feed(Unpooled.wrappedBuffer(Arrays.copyOfRange(all, i, Math.min(all.length, i + piece))), lines);
        }
        lines.addAll(splitter.finish());
        return lines.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
    }

    @Test
    void cutsLfAndCrlfLinesWhereverTheBuffersBreak() {
        byte[] stream = "data: {\"a\":\"你好\"}\r\n\r\ndata: [DONE]\n\n".getBytes(StandardCharsets.UTF_8);
        List<String> expected = List.of("data: {\"a\":\"你好\"}", "", "data: [DONE]", "");
        for (int piece = 1; piece <= stream.length; piece++) {
            assertEquals(expected, split(stream, piece), "pieces of " + piece + " bytes");
        }
    }

    @Test
    void aLoneCrEndsALineAsLfAndCrlfDoInAnyMixAndAnyCut() {
        byte[] stream = "event: a\rdata: 1\r\rdata: 2\n\r\ndata: 3\r\n\rdata: [DONE]\r".getBytes(StandardCharsets.UTF_8);
        List<String> expected = List.of("event: a", "data: 1", "", "data: 2", "", "data: 3", "", "data: [DONE]");
        for (int piece = 1; piece <= stream.length; piece++) {
            assertEquals(expected, split(stream, piece), "pieces of " + piece + " bytes");
        }
    }

    @Test
    void keepsAnUnterminatedTailAndAHugeLineIntact() {
        String huge = "data: " + "x".repeat(3_000_000);
        assertEquals(List.of(huge, "tail"), split((huge + "\ntail").getBytes(StandardCharsets.UTF_8), 65_536));
    }

    @Test
    void readsOnlyTheWindowOfASlicedOrDirectBuffer() {
        byte[] raw = "XXdata: a\r\ndata: bYY".getBytes(StandardCharsets.UTF_8);
        ByteBuf sliced = Unpooled.wrappedBuffer(raw).slice(2, raw.length - 4);
        ByteBuf direct = Unpooled.directBuffer(4).writeBytes("c\nd".getBytes(StandardCharsets.UTF_8));
        SseLineReader splitter = new SseLineReader(8 * 1024 * 1024);
        List<byte[]> lines = new ArrayList<>();
        splitter.feed(sliced, lines);
        splitter.feed(direct, lines);
        lines.addAll(splitter.finish());
        assertEquals(List.of("data: a", "data: bc", "d"),
                lines.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList());
        assertEquals(0, sliced.readableBytes());
        assertEquals(0, direct.readableBytes());
        direct.release();
    }

    @Test
    void refusesALineLongerThanItsLimitWhetherWholeOrAssembled() {
        SseLineReader whole = new SseLineReader(10);
        assertThrows(IllegalStateException.class,
                () -> whole.feed(Unpooled.wrappedBuffer("data: 0123456789\n".getBytes(StandardCharsets.UTF_8)), new ArrayList<>()));
        SseLineReader assembled = new SseLineReader(10);
        List<byte[]> lines = new ArrayList<>();
        assembled.feed(Unpooled.wrappedBuffer("data: ".getBytes(StandardCharsets.UTF_8)), lines);
        assertThrows(IllegalStateException.class,
                () -> assembled.feed(Unpooled.wrappedBuffer("0123456789".getBytes(StandardCharsets.UTF_8)), lines));
    }

    @Test
    void findsLineEndsAtEveryPlaceOfAWordInHeapAndDirectBuffers() {
        // (from 1: empty lines would make "\r" + "\n" one CRLF)
        for (int at = 1; at < 24; at++) {
            String line = "x".repeat(at);
            byte[] stream = (line + "\r\n" + line + "\r" + line + "\n").getBytes(StandardCharsets.UTF_8);
            ByteBuf direct = Unpooled.directBuffer(stream.length).writeBytes(stream);
            for (ByteBuf buffer : List.of(Unpooled.wrappedBuffer(stream), direct)) {
                SseLineReader reader = new SseLineReader(1024);
                List<byte[]> lines = new ArrayList<>();
                reader.feed(buffer, lines);
                assertEquals(List.of(line, line, line),
                        lines.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList(), "lines of " + at);
            }
            direct.release();
        }
    }
}
