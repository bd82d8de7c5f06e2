package dev.switchboard.adapter.upstream.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.FinishReason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The plain reader must say exactly what Jackson says, on every chunk it takes on. */
class PlainChoicesTest {

    private static final String[] TEXTS = {"Hello", " world", "", "你好，世界", "emoji 😀 here", "line\nbreak",
        "quote \" and \\ backslash", "tab\tcr\r/slash", "\u0001\u001f control", "é ü ß", "\"usage\": {}", "{[,:]}",
        "surrogate \ud83d\ude00 pair", "x".repeat(300)};
    private static final String[] FINISH = {"stop", "length", "tool_calls", "content_filter", "function_call", "other"};

    private static List<ChatEvent> plain(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        int choices = TopLevel.choicesWithoutUsage(bytes, 0);
        assertTrue(choices >= 0, json);
        Chunk chunk = PlainChoices.read(bytes, choices);
        return chunk == null ? null : chunk.events(false);
    }

    private static List<ChatEvent> jackson(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return ChunkInspector.parsed(bytes, 0, TopLevel.choicesWithoutUsage(bytes, 0));
    }

    @Test
    void readsWhatJacksonReadsFromGeneratedChunks() throws IOException {
        Random random = new Random(20261204);
        int takenOn = 0;
        for (int n = 0; n < 20_000; n++) {
            String json = write(chunk(random), random.nextInt(4) == 0, random.nextInt(4) == 0);
            List<ChatEvent> plain = plain(json);
            if (plain != null) {
                takenOn++;
                assertEquals(jackson(json), plain, json);
            }
        }
        // most generated chunks are plain: the comparison covers the reader, not just its refusals
        assertTrue(takenOn > 12_000, "plain chunks read: " + takenOn);
    }

    @Test
    void anOrdinaryChunkAndItsFinishAreReadWithoutTheParser() {
        String chunk = "{\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"Hi\"},"
                + "\"logprobs\":null,\"finish_reason\":null}]}";
        assertEquals(List.of(new ChatEvent.TextDelta("Hi")), plain(chunk));
        String finish = "{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"length\"}],\"usage\":null}";
        assertEquals(List.of(new ChatEvent.Finish(FinishReason.LENGTH)), plain(finish));
        assertEquals(List.of(), plain("{\"choices\":[]}"));
        assertEquals(List.of(new ChatEvent.TextDelta("a\"b\u00e9\n")),
                plain("{\"choices\":[ { \"delta\" : { \"content\" : \"a\\\"b\\u00E9\\n\" } } ] }"));
    }

    @Test
    void toolCallsNestedValuesAndBrokenTextAreLeftToTheParser() {
        assertNull(plain("{\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"name\":\"f\"}}]}}]}"));
        assertNull(plain("{\"choices\":[{\"delta\":{\"content\":\"a\"},\"logprobs\":{\"content\":[]}}]}"));
        assertNull(plain("{\"choices\":[{\"delta\":{\"content\":\"bad \\x escape\"}}]}"));
        assertNull(plain("{\"choices\":[{\"delta\":{\"content\":\"bad \\u12\"}}]}"));
        assertNull(plain("{\"choices\":[{\"delta\":{\"content\":\"cut"));
        assertNull(plain("{\"choices\":[{\"delta\":{\"content\":\"a\"}"));
        assertNull(plain("{\"choices\":[{\"delta\":{\"content\":\"a\"}},]}"));
        assertNull(plain("{\"choices\":[{\"delta\" {\"content\":\"a\"}}]}"));
        assertNull(plain("{\"choices\":[{\"n\\\"ame\":1}]}"));
        assertNotNull(plain("{\"choices\":[{\"index\":-1.5e+3,\"x\":true,\"y\":false,\"delta\":null}]}"));
    }

    /** A chunk's choices, mostly plain, sometimes with a tool call, nested logprobs or a missing part. */
    private static Map<String, Object> chunk(Random random) {
        Map<String, Object> chunk = new LinkedHashMap<>();
        chunk.put("id", "chatcmpl-" + random.nextInt(1000));
        chunk.put("object", "chat.completion.chunk");
        List<Object> choices = new ArrayList<>();
        int count = random.nextInt(8) == 0 ? random.nextInt(3) : 1;
        for (int c = 0; c < count; c++) {
            Map<String, Object> choice = new LinkedHashMap<>();
            if (random.nextBoolean()) {
                choice.put("index", c);
            }
            Map<String, Object> delta = new LinkedHashMap<>();
            List<String> fields = new ArrayList<>(List.of("role", "content", "reasoning_content", "reasoning", "refusal"));
            java.util.Collections.shuffle(fields, random);
            for (String field : fields.subList(0, random.nextInt(fields.size() + 1))) {
                delta.put(field, switch (random.nextInt(6)) {
                    case 0 -> null;
                    case 1 -> random.nextInt(30) == 0 ? 7 : "assistant";
                    default -> TEXTS[random.nextInt(TEXTS.length)];
                });
            }
            if (random.nextInt(20) == 0) {
                delta.put("tool_calls", List.of(Map.of("index", 0, "function", Map.of("arguments", "{}"))));
            }
            if (random.nextInt(10) != 0) {
                choice.put("delta", random.nextInt(40) == 0 ? null : delta);
            }
            if (random.nextInt(20) == 0) {
                choice.put("logprobs", Map.of("content", List.of()));
            } else if (random.nextBoolean()) {
                choice.put("logprobs", null);
            }
            choice.put("finish_reason", random.nextInt(4) == 0 ? FINISH[random.nextInt(FINISH.length)] : null);
            choices.add(choice);
        }
        chunk.put("choices", choices);
        if (random.nextBoolean()) {
            chunk.put("usage", null);
        }
        return chunk;
    }

    private static String write(Object value, boolean pretty, boolean asciiOnly) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonFactory factory = JsonFactory.builder().configure(JsonWriteFeature.ESCAPE_NON_ASCII, asciiOnly).build();
        try (JsonGenerator generator = factory.createGenerator(out)) {
            if (pretty) {
                generator.useDefaultPrettyPrinter();
            }
            write(generator, value);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void write(JsonGenerator generator, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                generator.writeFieldName(entry.getKey().toString());
                write(generator, entry.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof List<?> list) {
            generator.writeStartArray();
            for (Object item : list) {
                write(generator, item);
            }
            generator.writeEndArray();
        } else if (value instanceof String text) {
            generator.writeString(text);
        } else if (value instanceof Integer number) {
            generator.writeNumber(number);
        } else {
            generator.writeNull();
        }
    }
}
