package dev.switchboard.adapter.upstream.openai;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.usage.TokenUsage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the neutral events out of one SSE line of an OpenAI-compatible stream (or out of a whole, non-streamed
 * completion: its {@code message} instead of a {@code delta}) — reasoning ({@code reasoning_content} or
 * {@code reasoning}), content, tool-call pieces, finish reason, usage (with cached and reasoning parts), an
 * error object — while the raw line itself is relayed untouched. Lines that are not JSON data say nothing.
 *
 * <p>Every line of every stream comes through here, so it reads the JSON with a streaming parser, picking
 * out those few fields and skipping the rest, instead of building a map of the whole chunk. A typical content
 * chunk is not even parsed: one pass over its bytes finds the top-level {@code choices} array and checks that
 * {@code usage} is absent or null ({@link TopLevel}), and {@link PlainChoices} reads that array when it holds
 * nothing but text deltas and scalars; anything else goes through the parser.
 */
final class ChunkInspector {

    private static final byte[] DATA = "data:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DONE = "[DONE]".getBytes(StandardCharsets.US_ASCII);
    private static final JsonFactory JSON = JsonFactory.builder().recyclerPool(LoopLocalBuffers.POOL).build();

    /** Where a {@code data:} line's value starts (after the field name and its spaces); -1 for any other line. */
    static int dataStart(byte[] line) {
        return startsWith(line, 0, DATA) ? skipSpaces(line, DATA.length) : -1;
    }

    /** Whether the data line whose value starts at {@code from} is the closing {@code data: [DONE]}. */
    static boolean isDone(byte[] line, int from) {
        return line.length - from == DONE.length && startsWith(line, from, DONE);
    }

    /** The events of one line; none for anything that is not a JSON data line. */
    List<ChatEvent> inspect(byte[] line) {
        int from = dataStart(line);
        return from < 0 ? List.of() : inspect(line, from);
    }

    /** The events of the data line whose value starts at {@code from}. */
    List<ChatEvent> inspect(byte[] line, int from) {
        int choices = TopLevel.choicesWithoutUsage(line, from);
        Chunk plain = choices < 0 ? null : PlainChoices.read(line, choices);
        return plain != null ? plain.events(false) : parsed(line, from, choices);
    }

    /** The events as Jackson reads them: of every line but plain chunks (and the tests' reference for those). */
    static List<ChatEvent> parsed(byte[] line, int from, int choices) {
        try (JsonParser parser = choices >= 0 ? JSON.createParser(line, choices, line.length - choices)
                : JSON.createParser(line, from, line.length - from)) {
            return choices >= 0 ? readChoicesOnly(parser) : read(parser);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static List<ChatEvent> readChoicesOnly(JsonParser parser) throws IOException {
        Chunk chunk = new Chunk();
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            return List.of();
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            readChoice(parser, chunk, "delta");
        }
        return chunk.events(false);
    }

    private static List<ChatEvent> read(JsonParser parser) throws IOException {
        Chunk chunk = readObject(parser, "delta");
        return chunk == null ? List.of() : chunk.events(false);
    }

    /** A whole (non-streamed) completion, folded into events. */
    List<ChatEvent> answer(byte[] body) throws IOException {
        try (JsonParser parser = JSON.createParser(body)) {
            Chunk whole = readObject(parser, "message");
            if (whole == null) {
                throw new IOException("the answer is not a JSON object");
            }
            return whole.events(true);
        }
    }

    private static int skipSpaces(byte[] line, int from) {
        while (from < line.length && line[from] == ' ') {
            from++;
        }
        return from;
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
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    readChoice(parser, chunk, part);
                }
            } else if (field.equals("usage") && value == JsonToken.START_OBJECT) {
                readUsage(parser, chunk);
            } else if (field.equals("id") && value == JsonToken.VALUE_STRING) {
                chunk.id = parser.getText();
            } else if (field.equals("model") && value == JsonToken.VALUE_STRING) {
                chunk.model = parser.getText();
            } else if (field.equals("error") && value == JsonToken.START_OBJECT) {
                readError(parser, chunk);
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
                chunk.finish = finishReason(parser.getText());
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
            if (field.equals("tool_calls") && value == JsonToken.START_ARRAY) {
                readToolCalls(parser, chunk);
                continue;
            }
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
        chunk.addReasoning(reasoningContent);
        chunk.addReasoning(reasoning);
        chunk.addContent(content);
    }

    private static void readToolCalls(JsonParser parser, Chunk chunk) throws IOException {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                parser.skipChildren();
                continue;
            }
            int index = chunk.callCount();
            String id = null;
            String name = null;
            String arguments = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("index") && value == JsonToken.VALUE_NUMBER_INT) {
                    index = parser.getIntValue();
                } else if (field.equals("id") && value == JsonToken.VALUE_STRING) {
                    id = parser.getText();
                } else if (field.equals("function") && value == JsonToken.START_OBJECT) {
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String part = parser.currentName();
                        JsonToken text = parser.nextToken();
                        if (part.equals("name") && text == JsonToken.VALUE_STRING) {
                            name = parser.getText();
                        } else if (part.equals("arguments") && text == JsonToken.VALUE_STRING) {
                            arguments = parser.getText();
                        } else {
                            parser.skipChildren();
                        }
                    }
                } else {
                    parser.skipChildren();
                }
            }
            chunk.addCall(new ChatEvent.ToolCallDelta(index, id, name, arguments));
        }
    }

    private static void readError(JsonParser parser, Chunk chunk) throws IOException {
        String type = null;
        String message = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if ((field.equals("type") || field.equals("code")) && value == JsonToken.VALUE_STRING && type == null) {
                type = parser.getText();
            } else if (field.equals("message") && value == JsonToken.VALUE_STRING) {
                message = parser.getText();
            } else {
                parser.skipChildren();
            }
        }
        chunk.error = new ChatEvent.Error(type, 0, message);
    }

    static FinishReason finishReason(String reason) {
        return switch (reason) {
            case "length" -> FinishReason.LENGTH;
            case "tool_calls", "function_call" -> FinishReason.TOOL_CALLS;
            case "content_filter" -> FinishReason.CONTENT_FILTER;
            default -> FinishReason.STOP;
        };
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
            } else if (value == JsonToken.START_OBJECT && field.equals("prompt_tokens_details")) {
                chunk.cachedTokens = detail(parser, "cached_tokens");
            } else if (value == JsonToken.START_OBJECT && field.equals("completion_tokens_details")) {
                chunk.reasoningTokens = detail(parser, "reasoning_tokens");
            } else {
                parser.skipChildren();
            }
        }
    }

    private static int detail(JsonParser parser, String wanted) throws IOException {
        int found = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals(wanted) && value == JsonToken.VALUE_NUMBER_INT) {
                found = Math.max(0, parser.getValueAsInt());
            } else {
                parser.skipChildren();
            }
        }
        return found;
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
}
