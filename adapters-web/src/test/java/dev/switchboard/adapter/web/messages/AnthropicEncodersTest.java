package dev.switchboard.adapter.web.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.usage.TokenUsage;
import io.micronaut.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden outputs: neutral events of an answer from an OpenAI-style channel, encoded for Anthropic clients. */
class AnthropicEncodersTest {

    private static final JsonMapper JSON = JsonMapper.createDefault();
    private static final List<ChatEvent> ANSWER = List.of(new ChatEvent.Start("chatcmpl-9", "gpt-x"),
            new ChatEvent.ReasoningDelta("Hm."), new ChatEvent.TextDelta("Let me check."),
            new ChatEvent.ToolCallDelta(0, "call_1", "get_weather", ""),
            new ChatEvent.ToolCallDelta(0, null, null, "{\"city\":"), new ChatEvent.ToolCallDelta(0, null, null, "\"Paris\"}"),
            new ChatEvent.Finish(FinishReason.TOOL_CALLS), new ChatEvent.Usage(new TokenUsage(33, 15, 5, 0)));

    private static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }

    @Test
    void encodesAStreamAsOneBlockAtATimeWithTheStopReasonAndUsageAtTheEnd() {
        AnthropicStreamEncoder encoder = new AnthropicStreamEncoder(JSON, "msg_x", "m");
        String streamed = new String(encoder.encode(ANSWER), StandardCharsets.UTF_8)
                + new String(encoder.finish(), StandardCharsets.UTF_8);
        String expected = event("message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_x\",\"type\":\"message\","
                + "\"role\":\"assistant\",\"model\":\"m\",\"content\":[],\"stop_reason\":null,\"stop_sequence\":null,"
                + "\"usage\":{\"input_tokens\":0,\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":0,\"output_tokens\":0}}}")
                + event("content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":"
                + "{\"type\":\"thinking\",\"thinking\":\"\",\"signature\":\"\"}}")
                + event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":"
                + "{\"type\":\"thinking_delta\",\"thinking\":\"Hm.\"}}")
                + event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}")
                + event("content_block_start", "{\"type\":\"content_block_start\",\"index\":1,\"content_block\":"
                + "{\"type\":\"text\",\"text\":\"\"}}")
                + event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":1,\"delta\":"
                + "{\"type\":\"text_delta\",\"text\":\"Let me check.\"}}")
                + event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":1}")
                + event("content_block_start", "{\"type\":\"content_block_start\",\"index\":2,\"content_block\":"
                + "{\"type\":\"tool_use\",\"id\":\"call_1\",\"name\":\"get_weather\",\"input\":{}}}")
                + event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":2,\"delta\":"
                + "{\"type\":\"input_json_delta\",\"partial_json\":\"{\\\"city\\\":\"}}")
                + event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":2,\"delta\":"
                + "{\"type\":\"input_json_delta\",\"partial_json\":\"\\\"Paris\\\"}\"}}")
                + event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":2}")
                + event("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"tool_use\","
                + "\"stop_sequence\":null},\"usage\":{\"input_tokens\":28,\"cache_creation_input_tokens\":0,"
                + "\"cache_read_input_tokens\":5,\"output_tokens\":15}}")
                + event("message_stop", "{\"type\":\"message_stop\"}");
        assertEquals(expected, streamed);
    }

    @Test
    void encodesAWholeAnswerAsOneMessage() {
        String message = new String(AnthropicMessageEncoder.encode(JSON, ANSWER, "msg_x", "m"), StandardCharsets.UTF_8);
        assertEquals("{\"id\":\"msg_x\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"m\",\"content\":["
                + "{\"type\":\"thinking\",\"thinking\":\"Hm.\",\"signature\":\"\"},{\"type\":\"text\",\"text\":\"Let me check.\"},"
                + "{\"type\":\"tool_use\",\"id\":\"call_1\",\"name\":\"get_weather\",\"input\":{\"city\":\"Paris\"}}],"
                + "\"stop_reason\":\"tool_use\",\"stop_sequence\":null,\"usage\":{\"input_tokens\":28,"
                + "\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":5,\"output_tokens\":15}}",
                message);
    }

    @Test
    void aModelThatCalledToolsAndSaidStopStillWaitsForTheirResults() {
        assertEquals("tool_use", AnthropicStreamEncoder.stopReason(FinishReason.STOP, true));
        assertEquals("end_turn", AnthropicStreamEncoder.stopReason(FinishReason.STOP, false));
        assertEquals("max_tokens", AnthropicStreamEncoder.stopReason(FinishReason.LENGTH, false));
        assertEquals("end_turn", AnthropicStreamEncoder.stopReason(null, false));
    }
}
