package dev.switchboard.bootstrap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scripted upstream on a random loopback port. A channel's base URL picks the script:
 * {@code http://127.0.0.1:PORT/<script>/v1}. OpenAI-compatible scripts ({@code /chat/completions}): ok, nousage, echo401
 * (401 echoing the key), busy429 (429 with {@code Retry-After: 2}), any script listed in {@link #failWith},
 * reason, slow, slowstart (900 ms before the first token), long, fail500, fail429, hang, drop, big, auth401, bad400, tool
 * (reasoning, text and a tool call, usage with cached and reasoning tokens: {@link #TOOL_USAGE}), length (cut at the
 * token limit), tools (a get_weather call; once the request carries a tool result, the text "Sunny in Paris.").
 * The path picks the provider: Anthropic's
 * {@code /messages} (scripts: ok — thinking, text, a tool call and usage; with a tool_result in the request, just
 * text —, overloaded (529), error-midstream) and
 * Gemini's {@code /models/{m}:streamGenerateContent?alt=sse} or {@code :generateContent} (ok — a thought, text and a
 * function call). A key in a query string ({@code key=}) is never expected: {@link #keyInUrl} counts them.
 */
final class MockUpstream implements AutoCloseable {

    record Received(String script, String authorization, String body, String path, String query,
                    Map<String, String> headers) {
    }

    /** Requests that carried {@code key=} in their query string: a key in a URL ends up in logs. */
    final AtomicInteger keyInUrl = new AtomicInteger();

    private final HttpServer server;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    /**
     * Scripts answering a given status instead of their normal reply while listed here (channel health tests):
     * the error body echoes the request's key, as some upstreams do.
     */
    final Map<String, Integer> failWith = new ConcurrentHashMap<>();
    /** Epoch millis at which a "long" stream noticed its client was gone. */
    final List<Long> closedAt = new CopyOnWriteArrayList<>();
    static final int BIG_LINE = 5 * 1024 * 1024;

    MockUpstream() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl(String script) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + script + "/v1";
    }

    int calls(String script) {
        return calls.getOrDefault(script, new AtomicInteger()).get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String script = exchange.getRequestURI().getPath().split("/")[1];
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
        received.add(new Received(script, exchange.getRequestHeaders().getFirst("Authorization"), body, path, query,
                headers));
        calls.computeIfAbsent(script, s -> new AtomicInteger()).incrementAndGet();
        if (query != null && query.contains("key=")) {
            keyInUrl.incrementAndGet();
        }
        if (path.endsWith("/messages")) {
            try {
                MockProviders.anthropic(exchange, script, body, body.contains("\"stream\":true"));
            } finally {
                exchange.close();
            }
            return;
        }
        if (path.contains(":streamGenerateContent") || path.contains(":generateContent")) {
            try {
                MockProviders.gemini(exchange, path.contains(":streamGenerateContent"));
            } finally {
                exchange.close();
            }
            return;
        }
        boolean stream = body.contains("\"stream\":true");
        boolean usage = body.contains("\"include_usage\":true");
        String bearer = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")).replace("Bearer ", "");
        Integer failing = failWith.get(script);
        try {
            if (failing != null) {
                status(exchange, failing, "{\"error\":{\"message\":\"refused key " + bearer + "\"}}");
                return;
            }
            switch (script) {
                case "echo401" -> status(exchange, 401, "{\"error\":{\"message\":\"Incorrect API key provided: "
                        + bearer + "\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}");
                case "busy429" -> {
                    exchange.getResponseHeaders().add("Retry-After", "2");
                    status(exchange, 429, "{\"error\":{\"message\":\"overloaded, retry in 2 s\"}}");
                }
                case "fail500" -> status(exchange, 500, "{\"error\":{\"message\":\"boom\"}}");
                case "fail429" -> status(exchange, 429, "{\"error\":{\"message\":\"slow down\"}}");
                case "auth401" -> status(exchange, 401, "{\"error\":{\"message\":\"Incorrect API key provided: sk-abc*********************wxyz\"}}");
                case "bad400" -> status(exchange, 400, "{\"error\":{\"message\":\"max_tokens is too large\"}}");
                case "hang" -> sleep(60_000);
                case "tool" -> {
                    if (stream) {
                        streamToolCall(exchange, usage);
                    } else {
                        status(exchange, 200, "{\"id\":\"cmpl-2\",\"object\":\"chat.completion\",\"model\":\"m\","
                                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"reasoning_content\":"
                                + "\"Weather needs a tool.\",\"content\":\"Let me check.\",\"tool_calls\":[{\"id\":\"call_w1\","
                                + "\"type\":\"function\",\"function\":{\"name\":\"get_weather\",\"arguments\":"
                                + "\"{\\\"city\\\":\\\"Paris\\\"}\"}}]},\"finish_reason\":\"tool_calls\"}],"
                                + "\"usage\":" + TOOL_USAGE + "}");
                    }
                }
                case "tools" -> {
                    boolean answered = body.contains("\"role\":\"tool\"");
                    if (stream) {
                        stream(exchange, answered ? "sunny" : "tools", usage);
                    } else {
                        status(exchange, 200, "{\"id\":\"cmpl-2\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,"
                                + "\"message\":{\"role\":\"assistant\","
                                + (answered ? "\"content\":\"Sunny in Paris.\"},\"finish_reason\":\"stop\"}],"
                                : "\"content\":null,\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\",\"function\":"
                                + "{\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\": \\\"Paris\\\"}\"}}]},"
                                + "\"finish_reason\":\"tool_calls\"}],")
                                + "\"usage\":{\"prompt_tokens\":11,\"completion_tokens\":3,\"total_tokens\":14},\"model\":\"m\"}");
                    }
                }
                default -> {
                    if (stream) {
                        stream(exchange, script, usage);
                    } else {
                        status(exchange, 200, "{\"id\":\"cmpl-1\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,"
                                + "\"message\":{\"role\":\"assistant\","
                                + (script.equals("reason") ? "\"reasoning_content\":\"Let me think.\",\"content\":\"The answer is 42.\"},"
                                : "\"content\":\"Hello world!\"},") + "\"finish_reason\":\"stop\"}],"
                                + (script.equals("nousage") ? "" : "\"usage\":{\"prompt_tokens\":11,\"completion_tokens\":3,\"total_tokens\":14},")
                                + "\"model\":\"m\"}");
                    }
                }
            }
        } finally {
            exchange.close();
        }
    }

    private void stream(HttpExchange exchange, String script, boolean usage) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        switch (script) {
            case "reason" -> {
                send(out, delta("reasoning_content", "Let me think."));
                send(out, delta("reasoning_content", " 让我想想。"));
                send(out, delta("content", "The answer is 42."));
            }
            case "slow" -> {
                send(out, delta("content", "first"));
                // Well above the 250 ms the test asks for, so a busy CI machine cannot squeeze the gap under it.
                sleep(600);
                send(out, delta("content", "second"));
            }
            case "long" -> {
                for (int i = 0; i < 200; i++) {
                    try {
                        send(out, delta("content", "tick " + i + " "));
                    } catch (IOException gone) {
                        closedAt.add(System.currentTimeMillis());
                        throw gone;
                    }
                    sleep(50);
                }
            }
            case "drop" -> {
                send(out, delta("content", "partial"));
                // Die without finishing the chunked body: the client sees a broken connection.
                throw new IllegalStateException("simulated upstream crash");
            }
            case "big" -> send(out, delta("content", "x".repeat(BIG_LINE)));
            case "tools" -> {
                send(out, "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":"
                        + "{\"role\":\"assistant\",\"tool_calls\":[{\"index\":0,\"id\":\"call_1\",\"type\":\"function\","
                        + "\"function\":{\"name\":\"get_weather\",\"arguments\":\"\"}}]}}]}");
                send(out, "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":"
                        + "{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"{\\\"city\\\":\"}}]}}]}");
                send(out, "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":"
                        + "{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\" \\\"Paris\\\"}\"}}]}}]}");
                send(out, "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{},"
                        + "\"finish_reason\":\"tool_calls\"}]}");
                if (usage) {
                    send(out, "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[],"
                            + "\"usage\":{\"prompt_tokens\":11,\"completion_tokens\":3,\"total_tokens\":14}}");
                }
                out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
                return;
            }
            case "sunny" -> send(out, delta("content", "Sunny in Paris."));
            case "slowstart" -> {
                // headers at once, then a long think before the first token
                sleep(900);
                send(out, delta("content", "Hello world!"));
            }
            default -> {
                send(out, delta("content", "Hello"));
                send(out, delta("content", " world"));
                send(out, delta("content", "!"));
            }
        }
        send(out, "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{},"
                + "\"finish_reason\":\"" + (script.equals("length") ? "length" : "stop") + "\"}]}");
        if (usage && !script.equals("nousage")) {
            send(out, "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[],"
                    + "\"usage\":{\"prompt_tokens\":11,\"completion_tokens\":3,\"total_tokens\":14}}");
        }
        out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** 20 prompt tokens of which 4 cached, 9 completion tokens of which 5 reasoning. */
    static final String TOOL_USAGE = "{\"prompt_tokens\":20,\"completion_tokens\":9,\"total_tokens\":29,"
            + "\"prompt_tokens_details\":{\"cached_tokens\":4},\"completion_tokens_details\":{\"reasoning_tokens\":5}}";

    private void streamToolCall(HttpExchange exchange, boolean usage) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        send(out, delta("reasoning_content", "Weather needs a tool."));
        send(out, delta("content", "Let me check."));
        send(out, "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{"
                + "\"tool_calls\":[{\"index\":0,\"id\":\"call_w1\",\"type\":\"function\",\"function\":{\"name\":"
                + "\"get_weather\",\"arguments\":\"\"}}]}}]}");
        send(out, "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{"
                + "\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"{\\\"city\\\":\"}}]}}]}");
        send(out, "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{"
                + "\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"\\\"Paris\\\"}\"}}]}}]}");
        send(out, "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{},"
                + "\"finish_reason\":\"tool_calls\"}]}");
        if (usage) {
            send(out, "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[],\"usage\":" + TOOL_USAGE + "}");
        }
        out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String delta(String field, String text) {
        return "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\""
                + field + "\":\"" + text + "\"}}]}";
    }

    private static void send(OutputStream out, String json) throws IOException {
        out.write(("data: " + json + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void status(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
