package dev.switchboard.adapter.web.responses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.usage.TokenUsage;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Neutral events written as Responses API events and objects: order, numbering, items, endings. */
class ResponseEncoderTest {

    private static final JsonMapper JSON = JsonMapper.createDefault();
    private static final ResponseEcho ECHO = new ResponseEcho("m", null, List.of(), null, 1.0, 1.0, null, true,
            null, null);

    private static ResponseShell shell() {
        return new ResponseShell("resp_1", 1_700_000_000L, ECHO);
    }

    /** The SSE bytes as their data objects, checking each event line names its data's type. */
    private static List<Map<String, Object>> events(byte[]... chunks) {
        List<Map<String, Object>> events = new ArrayList<>();
        for (byte[] chunk : chunks) {
            for (String block : new String(chunk, StandardCharsets.UTF_8).split("\n\n")) {
                if (block.isEmpty()) {
                    continue;
                }
                String[] lines = block.split("\n");
                try {
                    Map<String, Object> data = JSON.readValue(lines[1].substring("data: ".length()),
                            Argument.mapOf(String.class, Object.class));
                    assertEquals("event: " + data.get("type"), lines[0]);
                    events.add(data);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return events;
    }

    private static List<Object> types(List<Map<String, Object>> events) {
        return events.stream().map(e -> e.get("type")).map(Object.class::cast).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @Test
    void streamsReasoningTextAndACallAsItemsNumberedFromZero() {
        ResponseEncoder encoder = ResponseEncoder.stream(JSON, shell());
        List<Map<String, Object>> events = events(encoder.begin(),
                encoder.encode(List.of(new ChatEvent.Start("x", "y"), new ChatEvent.ReasoningDelta("Hm."))),
                encoder.encode(List.of(new ChatEvent.TextDelta("Let me "), new ChatEvent.TextDelta("check."))),
                encoder.encode(List.of(new ChatEvent.ToolCallDelta(0, "toolu_1", "get_weather", ""),
                        new ChatEvent.ToolCallDelta(0, null, null, "{\"city\":\"Paris\"}"))),
                encoder.encode(List.of(new ChatEvent.Finish(FinishReason.TOOL_CALLS),
                        new ChatEvent.Usage(new TokenUsage(33, 15, 5, 2)))),
                encoder.completed());
        assertEquals(List.of("response.created", "response.in_progress",
                "response.output_item.added", "response.reasoning_summary_part.added",
                "response.reasoning_summary_text.delta", "response.reasoning_summary_text.done",
                "response.reasoning_summary_part.done", "response.output_item.done",
                "response.output_item.added", "response.content_part.added", "response.output_text.delta",
                "response.output_text.delta", "response.output_text.done", "response.content_part.done",
                "response.output_item.done",
                "response.output_item.added", "response.function_call_arguments.delta",
                "response.function_call_arguments.done", "response.output_item.done",
                "response.completed"), types(events));
        for (int i = 0; i < events.size(); i++) {
            assertEquals(i, ((Number) events.get(i).get("sequence_number")).intValue());
        }
        assertEquals("Let me check.", events.get(12).get("text"));
        assertEquals(1, ((Number) events.get(12).get("output_index")).intValue());
        Map<String, Object> call = map(events.get(18).get("item"));
        assertEquals("toolu_1", call.get("call_id"));
        assertEquals("{\"city\":\"Paris\"}", call.get("arguments"));
        assertTrue(String.valueOf(call.get("id")).startsWith("fc_"));

        Map<String, Object> response = map(events.get(19).get("response"));
        assertEquals("completed", response.get("status"));
        assertEquals(3, ((List<?>) response.get("output")).size());
        assertEquals(Map.of("input_tokens", 33, "input_tokens_details", Map.of("cached_tokens", 5, "cache_write_tokens", 0),
                "output_tokens", 15, "output_tokens_details", Map.of("reasoning_tokens", 2), "total_tokens", 48),
                response.get("usage"));
        assertEquals(map(events.get(0).get("response")).get("id"), response.get("id"));
    }

    @Test
    void parallelCallsMayInterleaveAndFinishInTheOrderTheyBegan() {
        ResponseEncoder encoder = ResponseEncoder.stream(JSON, shell());
        encoder.begin();
        List<Map<String, Object>> events = events(
                encoder.encode(List.of(new ChatEvent.ToolCallDelta(0, "a", "one", "{\"x\":"),
                        new ChatEvent.ToolCallDelta(1, "b", "two", "{\"y\":"),
                        new ChatEvent.ToolCallDelta(0, null, null, "1}"),
                        new ChatEvent.ToolCallDelta(1, null, null, "2}"))),
                encoder.completed());
        List<Map<String, Object>> output = (List<Map<String, Object>>) (List<?>) map(events.get(events.size() - 1)
                .get("response")).get("output");
        assertEquals(List.of("{\"x\":1}", "{\"y\":2}"), output.stream().map(i -> i.get("arguments")).toList());
        assertEquals(List.of("a", "b"), output.stream().map(i -> i.get("call_id")).toList());
    }

    @Test
    void aCallWithoutArgumentsEndsWithAnEmptyObject() {
        byte[] whole = ResponseEncoder.whole(JSON, shell(), List.of(new ChatEvent.ToolCallDelta(0, null, "now", ""),
                new ChatEvent.Finish(FinishReason.TOOL_CALLS)));
        Map<String, Object> response = readObject(whole);
        Map<String, Object> call = map(((List<?>) response.get("output")).get(0));
        assertEquals("{}", call.get("arguments"));
        assertTrue(String.valueOf(call.get("call_id")).startsWith("call_"), "an id is made when the upstream gave none");
    }

    @Test
    void anAnswerCutAtTheLimitIsIncompleteWhetherStreamedOrWhole() {
        List<ChatEvent> answer = List.of(new ChatEvent.TextDelta("Once upon"), new ChatEvent.Finish(FinishReason.LENGTH));
        Map<String, Object> whole = readObject(ResponseEncoder.whole(JSON, shell(), answer));
        assertEquals("incomplete", whole.get("status"));
        assertEquals(Map.of("reason", "max_output_tokens"), whole.get("incomplete_details"));
        assertNull(whole.get("usage"));
        assertTrue(whole.containsKey("usage") && whole.containsKey("error"), "nullable fields are present");

        ResponseEncoder stream = ResponseEncoder.stream(JSON, shell());
        stream.begin();
        List<Map<String, Object>> events = events(stream.encode(answer), stream.completed());
        assertEquals("response.incomplete", events.get(events.size() - 1).get("type"));
    }

    @Test
    void aFailureEndsWithTheSpecEnvelopeThenResponseFailedKeepingFinishedItems() {
        ResponseEncoder encoder = ResponseEncoder.stream(JSON, shell());
        encoder.begin();
        encoder.encode(List.of(new ChatEvent.TextDelta("Let me check.")));
        List<Map<String, Object>> events = events(encoder.failed());
        assertEquals(List.of("response.output_text.done", "response.content_part.done", "response.output_item.done",
                "error", "response.failed"), types(events));
        assertEquals(Map.of("type", "upstream_error", "message", "上游渠道暂时不可用，请稍后再试"),
                events.get(3).get("error"));
        Map<String, Object> failed = map(events.get(4).get("response"));
        assertEquals("failed", failed.get("status"));
        assertEquals("server_error", map(failed.get("error")).get("code"));
        assertEquals(1, ((List<?>) failed.get("output")).size());
    }

    private static Map<String, Object> readObject(byte[] bytes) {
        try {
            return JSON.readValue(bytes, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
