package dev.switchboard.bootstrap;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The Anthropic and Gemini modes of {@link MockUpstream}: recorded-style answers with reasoning, text, a tool call
 * and usage. Anthropic (stream): input 25 + cache read 5 + cache write 3 → prompt 33, cached 5; output reported
 * 1 then 15 (cumulative: 15 counts). Gemini: prompt 12, candidates 8 + thoughts 6 → completion 14, reasoning 6.
 */
final class MockProviders {

    private MockProviders() {
    }

    static void anthropic(HttpExchange exchange, String script, String body, boolean stream) throws IOException {
        if (script.equals("overloaded")) {
            json(exchange, 529, "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}");
            return;
        }
        if (body.contains("\"tool_result\"")) {
            sunny(exchange, stream);
            return;
        }
        if (!stream) {
            json(exchange, 200, "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-x\","
                    + "\"content\":[{\"type\":\"thinking\",\"thinking\":\"Weather needs a tool.\",\"signature\":\"s\"},"
                    + "{\"type\":\"text\",\"text\":\"Let me check.\"},{\"type\":\"tool_use\",\"id\":\"toolu_1\","
                    + "\"name\":\"get_weather\",\"input\":{\"city\":\"Paris\"}}],\"stop_reason\":\"tool_use\","
                    + "\"usage\":{\"input_tokens\":25,\"cache_read_input_tokens\":5,\"cache_creation_input_tokens\":3,"
                    + "\"output_tokens\":15}}");
            return;
        }
        OutputStream out = sse(exchange);
        event(out, "message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\","
                + "\"role\":\"assistant\",\"model\":\"claude-x\",\"content\":[],\"usage\":{\"input_tokens\":25,"
                + "\"cache_read_input_tokens\":5,\"cache_creation_input_tokens\":3,\"output_tokens\":1}}}");
        event(out, "ping", "{\"type\":\"ping\"}");
        event(out, "content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":"
                + "{\"type\":\"thinking\",\"thinking\":\"\"}}");
        event(out, "content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":"
                + "{\"type\":\"thinking_delta\",\"thinking\":\"Weather needs a tool.\"}}");
        event(out, "content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":"
                + "{\"type\":\"signature_delta\",\"signature\":\"EqQB\"}}");
        event(out, "content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}");
        event(out, "content_block_start", "{\"type\":\"content_block_start\",\"index\":1,\"content_block\":"
                + "{\"type\":\"text\",\"text\":\"\"}}");
        event(out, "content_block_delta", "{\"type\":\"content_block_delta\",\"index\":1,\"delta\":"
                + "{\"type\":\"text_delta\",\"text\":\"Let me check.\"}}");
        if (script.equals("error-midstream")) {
            event(out, "error", "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}");
            return;
        }
        event(out, "content_block_stop", "{\"type\":\"content_block_stop\",\"index\":1}");
        event(out, "content_block_start", "{\"type\":\"content_block_start\",\"index\":2,\"content_block\":"
                + "{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"get_weather\",\"input\":{}}}");
        event(out, "content_block_delta", "{\"type\":\"content_block_delta\",\"index\":2,\"delta\":"
                + "{\"type\":\"input_json_delta\",\"partial_json\":\"{\\\"city\\\":\"}}");
        event(out, "content_block_delta", "{\"type\":\"content_block_delta\",\"index\":2,\"delta\":"
                + "{\"type\":\"input_json_delta\",\"partial_json\":\" \\\"Paris\\\"}\"}}");
        event(out, "content_block_stop", "{\"type\":\"content_block_stop\",\"index\":2}");
        event(out, "message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"tool_use\"},"
                + "\"usage\":{\"output_tokens\":15}}");
        event(out, "message_stop", "{\"type\":\"message_stop\"}");
    }

    /** The answer once the tool's result is in: text only, input 40 and output 6 tokens. */
    private static void sunny(HttpExchange exchange, boolean stream) throws IOException {
        if (!stream) {
            json(exchange, 200, "{\"id\":\"msg_2\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-x\","
                    + "\"content\":[{\"type\":\"text\",\"text\":\"Sunny in Paris.\"}],\"stop_reason\":\"end_turn\","
                    + "\"stop_sequence\":null,\"usage\":{\"input_tokens\":40,\"output_tokens\":6}}");
            return;
        }
        OutputStream out = sse(exchange);
        event(out, "message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_2\",\"type\":\"message\","
                + "\"role\":\"assistant\",\"model\":\"claude-x\",\"content\":[],\"stop_reason\":null,"
                + "\"stop_sequence\":null,\"usage\":{\"input_tokens\":40,\"output_tokens\":1}}}");
        event(out, "content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":"
                + "{\"type\":\"text\",\"text\":\"\"}}");
        event(out, "content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":"
                + "{\"type\":\"text_delta\",\"text\":\"Sunny in Paris.\"}}");
        event(out, "content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}");
        event(out, "message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\","
                + "\"stop_sequence\":null},\"usage\":{\"output_tokens\":6}}");
        event(out, "message_stop", "{\"type\":\"message_stop\"}");
    }

    static void gemini(HttpExchange exchange, boolean stream) throws IOException {
        String thought = "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"Weather needs a tool.\","
                + "\"thought\":true}]}}],\"modelVersion\":\"gemini-x\",\"responseId\":\"r1\"}";
        String text = "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"Let me check.\"}]}}],"
                + "\"modelVersion\":\"gemini-x\",\"responseId\":\"r1\"}";
        String call = "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"functionCall\":{\"name\":"
                + "\"get_weather\",\"args\":{\"city\":\"Paris\"}}}]},\"finishReason\":\"STOP\"}],"
                + "\"modelVersion\":\"gemini-x\",\"responseId\":\"r1\"}";
        String usage = "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[]}}],\"usageMetadata\":"
                + "{\"promptTokenCount\":12,\"candidatesTokenCount\":8,\"thoughtsTokenCount\":6,\"totalTokenCount\":26},"
                + "\"modelVersion\":\"gemini-x\",\"responseId\":\"r1\"}";
        if (!stream) {
            json(exchange, 200, "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":"
                    + "\"Weather needs a tool.\",\"thought\":true},{\"text\":\"Let me check.\"},{\"functionCall\":"
                    + "{\"name\":\"get_weather\",\"args\":{\"city\":\"Paris\"}}}]},\"finishReason\":\"STOP\"}],"
                    + "\"usageMetadata\":{\"promptTokenCount\":12,\"candidatesTokenCount\":8,\"thoughtsTokenCount\":6},"
                    + "\"modelVersion\":\"gemini-x\",\"responseId\":\"r1\"}");
            return;
        }
        OutputStream out = sse(exchange);
        // Gemini ends its events with CRLF pairs.
        for (String data : new String[] {thought, text, call, usage}) {
            out.write(("data: " + data + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    private static OutputStream sse(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        return exchange.getResponseBody();
    }

    private static void event(OutputStream out, String name, String data) throws IOException {
        out.write(("event: " + name + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
