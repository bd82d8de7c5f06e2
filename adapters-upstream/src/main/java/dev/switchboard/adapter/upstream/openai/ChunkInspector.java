package dev.switchboard.adapter.upstream.openai;

import dev.switchboard.application.port.out.chat.UpstreamEvent;
import dev.switchboard.domain.usage.TokenUsage;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Reads what Switchboard needs from one SSE line of an OpenAI-compatible stream — answer text (content,
 * {@code reasoning_content} or {@code reasoning}), usage, {@code [DONE]} — while the raw line itself is
 * relayed untouched. Lines that are not JSON data pass through as they are.
 */
final class ChunkInspector {

    private static final byte[] DATA = "data:".getBytes(StandardCharsets.US_ASCII);
    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

    private final JsonMapper json;

    ChunkInspector(JsonMapper json) {
        this.json = json;
    }

    UpstreamEvent inspect(byte[] line) {
        if (!startsWith(line, DATA)) {
            return UpstreamEvent.passThrough(line);
        }
        int from = DATA.length;
        while (from < line.length && line[from] == ' ') {
            from++;
        }
        if (line.length - from == 6 && new String(line, from, 6, StandardCharsets.US_ASCII).equals("[DONE]")) {
            return new UpstreamEvent(line, "", null, false, true, true);
        }
        try {
            Map<String, Object> chunk = json.readValue(java.util.Arrays.copyOfRange(line, from, line.length), MAP);
            return new UpstreamEvent(line, Completions.text(chunk, "delta"), Completions.usage(chunk),
                    isUsageOnly(chunk), false, Completions.finished(chunk));
        } catch (IOException | RuntimeException e) {
            return UpstreamEvent.passThrough(line);
        }
    }

    private static boolean isUsageOnly(Map<String, Object> chunk) {
        return chunk.get("usage") instanceof Map<?, ?>
                && (!(chunk.get("choices") instanceof List<?> choices) || choices.isEmpty());
    }

    private static boolean startsWith(byte[] line, byte[] prefix) {
        if (line.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (line[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
