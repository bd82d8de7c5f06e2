package dev.switchboard.adapter.upstream.openai;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.port.out.chat.UpstreamEvent;
import dev.switchboard.domain.usage.TokenUsage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChunkInspectorTest {

    private static final ChunkInspector inspector = new ChunkInspector();

    private static UpstreamEvent inspect(String line) {
        return inspector.inspect(line.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void collectsContentAndBothReasoningFieldsAndKeepsTheLineByteForByte() {
        String line = "data: {\"choices\":[{\"delta\":{\"reasoning_content\":\"思考\",\"reasoning\":\"r\",\"content\":\"答\"}}]}";
        UpstreamEvent event = inspect(line);
        assertEquals("思考r答", event.text());
        assertArrayEquals(line.getBytes(StandardCharsets.UTF_8), event.line());
        assertFalse(event.usageOnly());
        assertFalse(event.finished());
    }

    @Test
    void recognisesTheUsageOnlyChunkTheFinishAndDone() {
        UpstreamEvent usage = inspect("data: {\"choices\":[],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":34}}");
        assertTrue(usage.usageOnly());
        assertEquals(new TokenUsage(12, 34), usage.usage());
        assertTrue(inspect("data:{\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}]}").finished());
        assertTrue(inspect("data: [DONE]").done());
    }

    @Test
    void passesCommentsEventNamesAndNonJsonDataThroughUntouched() {
        for (String line : new String[] {": keep-alive", "event: ping", "", "data: not json"}) {
            UpstreamEvent event = inspect(line);
            assertEquals("", event.text());
            assertNull(event.usage());
            assertFalse(event.done());
        }
    }

    @Test
    void readsFieldsInAnyOrderSkipsNestedNoiseAndTellsAFinishWithUsageFromAUsageOnlyChunk() {
        UpstreamEvent event = inspect("data: {\"usage\":{\"completion_tokens\":7,\"details\":{\"x\":[1,{}]},"
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
            UpstreamEvent event = inspect(line);
            assertEquals("", event.text(), line);
            assertFalse(event.finished(), line);
            assertNull(event.usage(), line);
        }
    }

    @Test
    void aChunkWithNullUsageIsReadFromItsChoicesAlone() {
        UpstreamEvent event = inspect("data: {\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"你好\\n\"},"
                + "\"finish_reason\":null}],\"usage\":null}");
        assertEquals("你好\n", event.text());
        assertNull(event.usage());
        assertFalse(event.usageOnly());
        assertFalse(event.finished());
        assertTrue(inspect("data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"length\"}],\"usage\":null}").finished());
    }

    @Test
    void readsAWholeAnswerFromItsMessageAndRefusesANonObject() throws Exception {
        ChunkInspector.Answer answer = inspector.answer(("{\"choices\":[{\"message\":{\"role\":\"assistant\","
                + "\"reasoning_content\":\"想\",\"content\":\"答\"},\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":4,\"completion_tokens\":2}}").getBytes(StandardCharsets.UTF_8));
        assertEquals("想答", answer.text());
        assertEquals(new TokenUsage(4, 2), answer.usage());
        assertNull(inspector.answer("{\"choices\":[]}".getBytes(StandardCharsets.UTF_8)).usage());
        assertThrows(java.io.IOException.class, () -> inspector.answer("[1]".getBytes(StandardCharsets.UTF_8)));
    }
}
