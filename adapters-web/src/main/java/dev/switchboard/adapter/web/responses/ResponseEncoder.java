package dev.switchboard.adapter.web.responses;

import dev.switchboard.adapter.web.error.ErrorType;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.usage.TokenUsage;
import io.micronaut.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Neutral events as the Responses API answers: a stream of named SSE events numbered by {@code sequence_number}
 * ({@code response.created}, {@code response.in_progress}, the items' events, then {@code response.completed},
 * {@code response.incomplete} or — after an {@code error} event carrying SPEC §6's envelope — {@code response.failed}),
 * or, for a whole answer, the final {@code response} object alone. One per answer, not thread-safe.
 */
final class ResponseEncoder {

    private final JsonMapper json;
    private final ResponseShell shell;
    private final boolean streaming;
    private final ResponseOutput output;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int sequence;
    private FinishReason finish;
    private TokenUsage usage;

    private ResponseEncoder(JsonMapper json, ResponseShell shell, boolean streaming) {
        this.json = json;
        this.shell = shell;
        this.streaming = streaming;
        this.output = new ResponseOutput(this::emit);
    }

    static ResponseEncoder stream(JsonMapper json, ResponseShell shell) {
        return new ResponseEncoder(json, shell, true);
    }

    /** A whole answer's events folded into the one {@code response} object. */
    static byte[] whole(JsonMapper json, ResponseShell shell, List<ChatEvent> answer) {
        ResponseEncoder encoder = new ResponseEncoder(json, shell, false);
        encoder.add(answer);
        return encoder.write(encoder.last());
    }

    /** The stream's first events: the response exists and is being written. */
    byte[] begin() {
        Map<String, Object> empty = shell.snapshot("in_progress", List.of(), null, null, null);
        emit("response.created", Map.of("response", empty));
        emit("response.in_progress", Map.of("response", empty));
        return drain();
    }

    byte[] encode(List<ChatEvent> events) {
        add(events);
        return drain();
    }

    /** The answer ended properly: its open items finish, then the final snapshot. */
    byte[] completed() {
        Map<String, Object> response = last();
        emit("response." + response.get("status"), Map.of("response", response));
        return drain();
    }

    /**
     * The answer broke off (upstream error, cut-off stream, shutdown): what was written so far is finished, then
     * the error and the failed response.
     */
    byte[] failed() {
        List<Object> items = output.finish();
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", ErrorType.UPSTREAM_ERROR.wireName());
        error.put("message", ErrorType.UPSTREAM_ERROR.defaultMessage());
        error.put("param", null);
        // SPEC §6: the envelope of an error inside a stream; the official SDKs raise it as an error
        error.put("error", Map.of("type", ErrorType.UPSTREAM_ERROR.wireName(),
                "message", ErrorType.UPSTREAM_ERROR.defaultMessage()));
        emit("error", error);
        Map<String, Object> reason = new LinkedHashMap<>();
        reason.put("code", "server_error");
        reason.put("message", ErrorType.UPSTREAM_ERROR.defaultMessage());
        emit("response.failed", Map.of("response", shell.snapshot("failed", items, usage, reason, null)));
        return drain();
    }

    private void add(List<ChatEvent> events) {
        for (ChatEvent event : events) {
            if (event instanceof ChatEvent.Finish end) {
                finish = end.reason();
            } else if (event instanceof ChatEvent.Usage tokens) {
                usage = tokens.usage();
            } else {
                output.accept(event);
            }
        }
    }

    private Map<String, Object> last() {
        List<Object> items = output.finish();
        if (finish == FinishReason.LENGTH || finish == FinishReason.CONTENT_FILTER) {
            Map<String, Object> why = Map.of("reason",
                    finish == FinishReason.LENGTH ? "max_output_tokens" : "content_filter");
            return shell.snapshot("incomplete", items, usage, null, why);
        }
        return shell.snapshot("completed", items, usage, null, null);
    }

    private void emit(String type, Map<String, Object> fields) {
        if (!streaming) {
            return;
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", type);
        event.putAll(fields);
        event.put("sequence_number", sequence++);
        byte[] data = write(event);
        out.writeBytes(("event: " + type + "\ndata: ").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(data);
        out.writeBytes(new byte[] {'\n', '\n'});
    }

    private byte[] drain() {
        byte[] bytes = out.toByteArray();
        out.reset();
        return bytes;
    }

    private byte[] write(Map<String, Object> value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode a response event", e);
        }
    }
}
