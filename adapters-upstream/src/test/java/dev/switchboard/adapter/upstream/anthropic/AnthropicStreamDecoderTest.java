package dev.switchboard.adapter.upstream.anthropic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.adapter.upstream.sse.SseLineReader;
import dev.switchboard.application.port.out.chat.UpstreamEvent;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.usage.TokenUsage;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recorded-style Anthropic transcripts decoded to neutral events, with LF and CRLF line ends. */
class AnthropicStreamDecoderTest {

    static final String TOOL_CALL = String.join("\n",
            "event: message_start",
            "data: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"model\":\"claude-x\",\"usage\":"
                    + "{\"input_tokens\":25,\"cache_read_input_tokens\":5,\"cache_creation_input_tokens\":3,\"output_tokens\":1}}}",
            "",
            "event: ping",
            "data: {\"type\":\"ping\"}",
            "",
            ": a comment",
            "event: content_block_start",
            "data: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"thinking\",\"thinking\":\"\"}}",
            "",
            "event: content_block_delta",
            "data: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"thinking_delta\",\"thinking\":\"Hm.\"}}",
            "",
            "event: content_block_delta",
            "data: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"signature_delta\",\"signature\":\"x\"}}",
            "",
            "event: content_block_start",
            "data: {\"type\":\"content_block_start\",\"index\":1,\"content_block\":{\"type\":\"tool_use\",\"id\":\"toolu_1\","
                    + "\"name\":\"get_weather\",\"input\":{}}}",
            "",
            "event: content_block_delta",
            "data: {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"{\\\"a\\\":1}\"}}",
            "",
            "event: message_delta",
            "data: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"tool_use\"},\"usage\":{\"output_tokens\":7}}",
            "",
            "event: message_delta",
            "data: {\"type\":\"message_delta\",\"delta\":{},\"usage\":{\"output_tokens\":15}}",
            "",
            "event: message_stop",
            "data: {\"type\":\"message_stop\"}",
            "", "");

    static List<ChatEvent> decode(String transcript) {
        AnthropicStreamDecoder decoder = new AnthropicStreamDecoder();
        SseLineReader reader = new SseLineReader(1 << 20);
        List<byte[]> lines = new ArrayList<>();
        byte[] bytes = transcript.getBytes(StandardCharsets.UTF_8);
        // fed in small pieces, so lines and CRLF pairs split across reads
        for (int i = 0; i < bytes.length; i += 7) {
            reader.feed(Unpooled.wrappedBuffer(bytes, i, Math.min(7, bytes.length - i)), lines);
        }
        List<UpstreamEvent> out = new ArrayList<>();
        lines.forEach(line -> decoder.line(line, out));
        decoder.end(out);
        List<ChatEvent> events = new ArrayList<>();
        out.forEach(e -> events.addAll(e.events()));
        return events;
    }

    @Test
    void decodesThinkingAToolCallWithOurOwnIndexAndTheLastCumulativeUsage() {
        List<ChatEvent> expected = List.of(new ChatEvent.Start("msg_1", "claude-x"), new ChatEvent.ReasoningDelta("Hm."),
                new ChatEvent.ToolCallDelta(0, "toolu_1", "get_weather", ""),
                new ChatEvent.ToolCallDelta(0, null, null, "{\"a\":1}"), new ChatEvent.Finish(FinishReason.TOOL_CALLS),
                new ChatEvent.Usage(new TokenUsage(33, 15, 5, 0)));
        assertEquals(expected, decode(TOOL_CALL));
        assertEquals(expected, decode(TOOL_CALL.replace("\n", "\r\n")), "CRLF");
        assertEquals(expected, decode(TOOL_CALL.replace("\n", "\r")), "CR");
    }

    @Test
    void anErrorEventAfterHttp200EndsTheStreamAsAnOverload() {
        String transcript = "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"m\",\"model\":\"c\","
                + "\"usage\":{\"input_tokens\":3,\"output_tokens\":1}}}\n\n"
                + "event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\n\n";
        List<ChatEvent> events = decode(transcript);
        assertEquals(new ChatEvent.Error("overloaded_error", 529, "Overloaded"), events.get(events.size() - 1));
        assertTrue(events.stream().noneMatch(ChatEvent.Usage.class::isInstance));
    }

    @Test
    void everyLineGoesOnAsItCameForAnAnthropicClientAndTheBlankLineAfterMessageStopClosesTheStream() {
        AnthropicStreamDecoder decoder = new AnthropicStreamDecoder();
        List<UpstreamEvent> out = new ArrayList<>();
        List<String> lines = List.of(TOOL_CALL.split("\n", -1)).subList(0, TOOL_CALL.split("\n", -1).length - 1);
        lines.forEach(line -> decoder.line(line.getBytes(StandardCharsets.UTF_8), out));
        assertEquals(lines, out.stream().map(e -> new String(e.wire().bytes(), StandardCharsets.UTF_8)).toList());
        assertTrue(out.stream().allMatch(e -> e.wire().is("anthropic")));
        assertEquals(1, out.stream().filter(e -> e.wire().closesStream()).count());
        assertTrue(out.get(out.size() - 1).wire().closesStream(), "the last line closes it");
        assertEquals(List.of(new ChatEvent.Usage(new TokenUsage(33, 15, 5, 0))), out.get(out.size() - 1).events());
    }
}
