package dev.switchboard.adapter.web.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.usage.TokenUsage;
import io.micronaut.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden outputs: the neutral events of a translated answer (as the Anthropic and Gemini decoders produce them)
 * encoded for OpenAI clients, byte for byte.
 */
class OpenAiEncodersTest {

    private static final JsonMapper JSON = JsonMapper.createDefault();
    private static final List<ChatEvent> ANSWER = List.of(new ChatEvent.Start("msg_1", "claude-x"),
            new ChatEvent.ReasoningDelta("Hm."), new ChatEvent.TextDelta("Let me check."),
            new ChatEvent.ToolCallDelta(0, "toolu_1", "get_weather", ""),
            new ChatEvent.ToolCallDelta(0, null, null, "{\"city\":\"Paris\"}"),
            new ChatEvent.Finish(FinishReason.TOOL_CALLS), new ChatEvent.Usage(new TokenUsage(33, 15, 5, 0)));

    @Test
    void encodesAStreamAsChatCompletionChunks() {
        String head = "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,"
                + "\"model\":\"m\",";
        String expected = head + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"reasoning_content\":\"Hm.\"},"
                + "\"finish_reason\":null}]}\n\n"
                + head + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Let me check.\"},\"finish_reason\":null}]}\n\n"
                + head + "\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"id\":\"toolu_1\","
                + "\"type\":\"function\",\"function\":{\"name\":\"get_weather\",\"arguments\":\"\"}}]},\"finish_reason\":null}]}\n\n"
                + head + "\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":"
                + "{\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\"}}]},\"finish_reason\":null}]}\n\n"
                + head + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"tool_calls\"}]}\n\n"
                + head + "\"choices\":[],\"usage\":{\"prompt_tokens\":33,\"completion_tokens\":15,\"total_tokens\":48,"
                + "\"prompt_tokens_details\":{\"cached_tokens\":5},\"completion_tokens_details\":{\"reasoning_tokens\":0}}}\n\n";
        OpenAiChunkEncoder encoder = new OpenAiChunkEncoder(JSON, "chatcmpl-1", "m", 1_700_000_000L);
        StringBuilder out = new StringBuilder();
        for (ChatEvent event : ANSWER) {
            out.append(new String(encoder.encode(List.of(event)), StandardCharsets.UTF_8));
        }
        assertEquals(expected, out.toString());
    }

    @Test
    void foldsAWholeAnswerIntoOneChatCompletion() {
        String expected = "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1700000000,\"model\":\"m\","
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Let me check.\","
                + "\"reasoning_content\":\"Hm.\",\"tool_calls\":[{\"id\":\"toolu_1\",\"type\":\"function\",\"function\":"
                + "{\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\"}}]},\"finish_reason\":\"tool_calls\"}],"
                + "\"usage\":{\"prompt_tokens\":33,\"completion_tokens\":15,\"total_tokens\":48,"
                + "\"prompt_tokens_details\":{\"cached_tokens\":5},\"completion_tokens_details\":{\"reasoning_tokens\":0}}}";
        assertEquals(expected, new String(OpenAiCompletionEncoder.encode(JSON, ANSWER, "chatcmpl-1", "m", 1_700_000_000L),
                StandardCharsets.UTF_8));
    }
}
