package dev.switchboard.adapter.upstream.openai;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.port.out.chat.UpstreamEvent;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.FinishReason;
import java.util.ArrayList;
import java.util.List;
import dev.switchboard.domain.usage.TokenUsage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChunkInspectorTest {

    private static final ChunkInspector inspector = new ChunkInspector();

    private static Seen inspect(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        List<UpstreamEvent> out = new ArrayList<>();
        new OpenAiStreamDecoder(inspector).line(bytes, out);
        assertArrayEquals(bytes, out.get(0).wire().bytes(), "relayed byte for byte");
        return Seen.of(out.get(0));
    }

    @Test
    void collectsContentAndBothReasoningFieldsAndKeepsTheLineByteForByte() {
        String line = "data: {\"choices\":[{\"delta\":{\"reasoning_content\":\"思考\",\"reasoning\":\"r\",\"content\":\"答\"}}]}";
        Seen event = inspect(line);
        assertEquals("思考r答", event.text());
        assertFalse(event.usageOnly());
        assertFalse(event.finished());
    }

    @Test
    void recognisesTheUsageOnlyChunkTheFinishAndDone() {
        Seen usage = inspect("data: {\"choices\":[],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":34}}");
        assertTrue(usage.usageOnly());
        assertEquals(new TokenUsage(12, 34), usage.usage());
        assertTrue(inspect("data:{\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}]}").finished());
        assertTrue(inspect("data: [DONE]").done());
    }

    @Test
    void passesCommentsEventNamesAndNonJsonDataThroughUntouched() {
        for (String line : new String[] {": keep-alive", "event: ping", "", "data: not json"}) {
            Seen event = inspect(line);
            assertEquals("", event.text());
            assertNull(event.usage());
            assertFalse(event.done());
        }
    }

    @Test
    void readsFieldsInAnyOrderSkipsNestedNoiseAndTellsAFinishWithUsageFromAUsageOnlyChunk() {
        Seen event = inspect("data: {\"usage\":{\"completion_tokens\":7,\"details\":{\"x\":[1,{}]},"
                + "\"prompt_tokens\":3},\"choices\":[{\"finish_reason\":\"stop\",\"logprobs\":{\"content\":[{\"t\":\"no\"}]},"
                + "\"delta\":{\"content\":\"b\",\"tool_calls\":[{\"id\":\"c\"}],\"reasoning_content\":\"a\"}}]}");
        assertEquals("ab", event.text());
        assertEquals(new TokenUsage(3, 7), event.usage());
        assertTrue(event.finished());
        assertFalse(event.usageOnly());
    }

    @Test
    void treatsTruncatedJsonAndNonObjectDataAsPassThrough() {
        for (String line : new String[] {"data: {\"choices\":[{\"delta\":{\"content\":\"x", "data: 42", "data: [1,2]"}) {
            Seen event = inspect(line);
            assertEquals("", event.text(), line);
            assertFalse(event.finished(), line);
            assertNull(event.usage(), line);
        }
    }

    @Test
    void aChunkWithNullUsageIsReadFromItsChoicesAlone() {
        Seen event = inspect("data: {\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"你好\\n\"},"
                + "\"finish_reason\":null}],\"usage\":null}");
        assertEquals("你好\n", event.text());
        assertNull(event.usage());
        assertFalse(event.usageOnly());
        assertFalse(event.finished());
        assertTrue(inspect("data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"length\"}],\"usage\":null}").finished());
    }

    @Test
    void readsToolCallPiecesCachedAndReasoningTokensAndErrorObjects() {
        Seen call = inspect("data: {\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":1,\"id\":\"call_9\","
                + "\"function\":{\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\"\"}}]}}]}");
        assertEquals(List.of(new ChatEvent.ToolCallDelta(1, "call_9", "get_weather", "{\"city\"")), call.events());
        Seen usage = inspect("data: {\"choices\":[],\"usage\":{\"prompt_tokens\":20,\"completion_tokens\":9,"
                + "\"prompt_tokens_details\":{\"cached_tokens\":16},\"completion_tokens_details\":{\"reasoning_tokens\":5}}}");
        assertEquals(new TokenUsage(20, 9, 16, 5), usage.usage());
        Seen error = inspect("data: {\"error\":{\"message\":\"overloaded\",\"type\":\"server_error\"}}");
        assertEquals(List.of(new ChatEvent.Error("server_error", 0, "overloaded")), error.events());
        assertEquals(List.of(new ChatEvent.Finish(FinishReason.TOOL_CALLS)),
                inspect("data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"tool_calls\"}]}").events());
    }

    @Test
    void readsAWholeAnswerFromItsMessageAndRefusesANonObject() throws Exception {
        Seen answer = new Seen(inspector.answer(("{\"choices\":[{\"message\":{\"role\":\"assistant\","
                + "\"reasoning_content\":\"想\",\"content\":\"答\"},\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":4,\"completion_tokens\":2}}").getBytes(StandardCharsets.UTF_8)), false);
        assertEquals("想答", answer.text());
        assertEquals(new TokenUsage(4, 2), answer.usage());
        assertNull(new Seen(inspector.answer("{\"choices\":[]}".getBytes(StandardCharsets.UTF_8)), false).usage());
        assertThrows(java.io.IOException.class, () -> inspector.answer("[1]".getBytes(StandardCharsets.UTF_8)));
    }
}
