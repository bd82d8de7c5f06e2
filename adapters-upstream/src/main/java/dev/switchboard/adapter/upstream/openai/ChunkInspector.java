package dev.switchboard.adapter.upstream.openai;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.switchboard.application.port.out.chat.UpstreamEvent;
import dev.switchboard.domain.usage.TokenUsage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads what Switchboard needs from one SSE line of an OpenAI-compatible stream (or from a whole, non-streamed
 * completion: its {@code message} instead of a {@code delta}) — answer text (content,
 * {@code reasoning_content} or {@code reasoning}), usage, finish, {@code [DONE]} — while the raw line itself
 * is relayed untouched. Lines that are not JSON data pass through as they are.
 *
 * <p>Every line of every stream comes through here, so it reads the JSON with a streaming parser, picking
 * out those few fields and skipping the rest, instead of building a map of the whole chunk. A typical content
 * chunk is not even parsed whole: one pass over its bytes finds the top-level {@code choices} array and checks
 * that {@code usage} is absent or null, and only that array goes through the parser.
 */
final class ChunkInspector {

    private static final byte[] DATA = "data:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DONE = "[DONE]".getBytes(StandardCharsets.US_ASCII);
    private static final JsonFactory JSON = new JsonFactory();

    UpstreamEvent inspect(byte[] line) {
        if (!startsWith(line, 0, DATA)) {
            return UpstreamEvent.passThrough(line);
        }
        int from = DATA.length;
        while (from < line.length && line[from] == ' ') {
            from++;
        }
        if (line.length - from == DONE.length && startsWith(line, from, DONE)) {
            return new UpstreamEvent(line, "", null, false, true, true);
        }
        int choices = TopLevel.choicesWithoutUsage(line, from);
        try (JsonParser parser = choices >= 0 ? JSON.createParser(line, choices, line.length - choices)
                : JSON.createParser(line, from, line.length - from)) {
            return choices >= 0 ? readChoicesOnly(line, parser) : read(line, parser);
        } catch (IOException | RuntimeException e) {
            return UpstreamEvent.passThrough(line);
        }
    }

    private static UpstreamEvent readChoicesOnly(byte[] line, JsonParser parser) throws IOException {
        Chunk chunk = new Chunk();
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            return UpstreamEvent.passThrough(line);
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            readChoice(parser, chunk, "delta");
        }
        return new UpstreamEvent(line, chunk.text(), null, false, false, chunk.finished);
    }

    private static UpstreamEvent read(byte[] line, JsonParser parser) throws IOException {
        Chunk chunk = readObject(parser, "delta");
        if (chunk == null) {
            return UpstreamEvent.passThrough(line);
        }
        boolean usageOnly = chunk.usageObject && chunk.choicesEmpty;
        return new UpstreamEvent(line, chunk.text(), chunk.usage(), usageOnly, false, chunk.finished);
    }

    /** A whole (non-streamed) completion: its answer text and usage, if reported. */
    Answer answer(byte[] body) throws IOException {
        try (JsonParser parser = JSON.createParser(body)) {
            Chunk whole = readObject(parser, "message");
            if (whole == null) {
                throw new IOException("the answer is not a JSON object");
            }
            return new Answer(whole.text(), whole.usage());
        }
    }

    record Answer(String text, TokenUsage usage) {
    }

    /** The fields Switchboard reads from a completion object; {@code part}: "delta" (chunks) or "message". */
    private static Chunk readObject(JsonParser parser, String part) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        Chunk chunk = new Chunk();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("choices") && value == JsonToken.START_ARRAY) {
                chunk.choicesEmpty = true;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    chunk.choicesEmpty = false;
                    readChoice(parser, chunk, part);
                }
            } else if (field.equals("usage") && value == JsonToken.START_OBJECT) {
                chunk.usageObject = true;
                readUsage(parser, chunk);
            } else {
                parser.skipChildren();
            }
        }
        return chunk;
    }

    private static void readChoice(JsonParser parser, Chunk chunk, String part) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals(part) && value == JsonToken.START_OBJECT) {
                readDelta(parser, chunk);
            } else if (field.equals("finish_reason") && value == JsonToken.VALUE_STRING) {
                chunk.finished = true;
            } else {
                parser.skipChildren();
            }
        }
    }

    /** Reasoning first, then content, whatever order the fields come in — as the model produced them. */
    private static void readDelta(JsonParser parser, Chunk chunk) throws IOException {
        String reasoningContent = null;
        String reasoning = null;
        String content = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value != JsonToken.VALUE_STRING) {
                parser.skipChildren();
                continue;
            }
            switch (field) {
                case "reasoning_content" -> reasoningContent = parser.getText();
                case "reasoning" -> reasoning = parser.getText();
                case "content" -> content = parser.getText();
                default -> {
                }
            }
        }
        chunk.append(reasoningContent);
        chunk.append(reasoning);
        chunk.append(content);
    }

    private static void readUsage(JsonParser parser, Chunk chunk) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            boolean number = value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT;
            if (number && field.equals("prompt_tokens")) {
                chunk.promptTokens = parser.getValueAsInt();
            } else if (number && field.equals("completion_tokens")) {
                chunk.completionTokens = parser.getValueAsInt();
            } else {
                parser.skipChildren();
            }
        }
    }

    private static boolean startsWith(byte[] line, int at, byte[] prefix) {
        if (line.length - at < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (line[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** What one chunk said, gathered while parsing. */
    private static final class Chunk {
        private StringBuilder text;
        private String only;
        private boolean choicesEmpty = true;
        private boolean usageObject;
        private boolean finished;
        private Integer promptTokens;
        private Integer completionTokens;

        void append(String part) {
            if (part == null || part.isEmpty()) {
                return;
            }
            if (only == null && text == null) {
                only = part;
            } else {
                if (text == null) {
                    text = new StringBuilder(only);
                }
                text.append(part);
            }
        }

        String text() {
            return text != null ? text.toString() : only != null ? only : "";
        }

        TokenUsage usage() {
            return promptTokens != null && completionTokens != null
                    ? new TokenUsage(Math.max(0, promptTokens), Math.max(0, completionTokens)) : null;
        }
    }
}
