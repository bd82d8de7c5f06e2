package dev.switchboard.adapter.web.support;

import dev.switchboard.domain.shared.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Parses the small JSON object bodies of the admin API into {@link JsonFields}, refusing what the parser would
 * choke on before it sees it: invalid UTF-8 and deep nesting (the tree decoder recurses, so a few thousand
 * brackets would overflow the thread's stack). Each refusal is one plain sentence.
 */
@Singleton
public class JsonBodies {

    /** Far more than any body of this API needs; small enough for any thread's stack. */
    static final int MAX_DEPTH = 32;

    private final JsonMapper json;

    public JsonBodies(JsonMapper json) {
        this.json = json;
    }

    public JsonFields read(@Nullable byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidInputException("body", "a JSON body is required");
        }
        requireUtf8(body);
        if (depth(body) > MAX_DEPTH) {
            throw new InvalidInputException("body", "the JSON body is nested too deeply");
        }
        try {
            return JsonFields.of(json.readValue(body, JsonNode.class));
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("body", "the body is not valid JSON");
        }
    }

    private static void requireUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("body", "the body is not valid UTF-8 text");
        }
    }

    /** The deepest bracket nesting, skipping string contents. */
    static int depth(byte[] body) {
        int depth = 0;
        int max = 0;
        boolean inString = false;
        for (int i = 0; i < body.length; i++) {
            byte b = body[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                max = Math.max(max, ++depth);
            } else if (b == '}' || b == ']') {
                depth--;
            }
        }
        return max;
    }
}
