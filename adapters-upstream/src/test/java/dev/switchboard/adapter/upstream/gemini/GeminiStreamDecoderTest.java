package dev.switchboard.adapter.upstream.gemini;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** Recorded-style Gemini {@code alt=sse} transcripts (CRLF, as Gemini sends them) decoded to neutral events. */
class GeminiStreamDecoderTest {

    private static List<ChatEvent> decode(String transcript) {
        GeminiStreamDecoder decoder = new GeminiStreamDecoder();
        List<byte[]> lines = new ArrayList<>();
        new SseLineReader(1 << 20).feed(Unpooled.wrappedBuffer(transcript.getBytes(StandardCharsets.UTF_8)), lines);
        List<UpstreamEvent> out = new ArrayList<>();
        lines.forEach(line -> decoder.line(line, out));
        decoder.end(out);
        List<ChatEvent> events = new ArrayList<>();
        out.forEach(e -> events.addAll(e.events()));
        return events;
    }

    @Test
    void thoughtsAreReasoningCallsGetIdsStopAfterACallIsToolCallsAndUsageComesLast() {
        String transcript = "data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"Hm.\",\"thought\":true}]}}],"
                + "\"responseId\":\"r1\",\"modelVersion\":\"g\"}\r\n\r\n"
                + "data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"Hi\"},{\"functionCall\":{\"name\":\"f\","
                + "\"args\":{\"a\":1}}}]},\"finishReason\":\"STOP\"}]}\r\n\r\n"
                + "data: {\"candidates\":[{\"content\":{\"parts\":[]}}],\"usageMetadata\":{\"promptTokenCount\":12,"
                + "\"candidatesTokenCount\":8,\"thoughtsTokenCount\":6,\"cachedContentTokenCount\":4}}\r\n\r\n";
        assertEquals(List.of(new ChatEvent.Start("r1", "g"), new ChatEvent.ReasoningDelta("Hm."), new ChatEvent.TextDelta("Hi"),
                new ChatEvent.ToolCallDelta(0, "call_0", "f", "{\"a\":1}"), new ChatEvent.Finish(FinishReason.TOOL_CALLS),
                new ChatEvent.Usage(new TokenUsage(12, 14, 4, 6))), decode(transcript));
    }

    @Test
    void maxTokensIsLengthAndAnErrorObjectIsAnError() {
        List<ChatEvent> cut = decode("data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"a\"}]},"
                + "\"finishReason\":\"MAX_TOKENS\"}]}\n\n");
        assertEquals(new ChatEvent.Finish(FinishReason.LENGTH), cut.get(2));
        List<ChatEvent> failed = decode("data: {\"error\":{\"code\":503,\"message\":\"busy\",\"status\":\"UNAVAILABLE\"}}\n\n");
        assertEquals(List.of(new ChatEvent.Error("UNAVAILABLE", 503, "busy")), failed);
    }
}
