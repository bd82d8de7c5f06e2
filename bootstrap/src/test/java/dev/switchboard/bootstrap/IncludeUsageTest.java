package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code stream_options.include_usage} on {@code /v1/chat/completions} through the official OpenAI SDK: the final
 * usage chunk ({@code choices: []}) only when the client asked, from a passed-through OpenAI channel and from a
 * translated Anthropic one; usage is asked of the upstream either way, so the usage row is exact either way.
 */
@MicronautTest(transactional = false)
@Property(name = "switchboard.defaults.guest-rpm", value = "100000")
@Property(name = "switchboard.defaults.user-rpm", value = "100000")
class IncludeUsageTest extends UpstreamHttpTestSupport {

    private static final String KEY = "sk-usage-secret-0123456789";

    @Value("${switchboard.database-path}")
    String databasePath;

    private String channel(String type, String script) {
        String model = Api.uniqueModel();
        Api.Reply r = api.post("/api/admin/channels", admin, "{\"name\":\"" + model + "\",\"type\":\"" + type
                + "\",\"base_url\":\"" + upstream.baseUrl(script) + "\",\"api_key\":\"" + KEY + "\",\"model_id\":\""
                + model + "\"}");
        assertEquals(201, r.status(), r.body());
        return model;
    }

    private List<ChatCompletionChunk> stream(String model, Boolean includeUsage) {
        OpenAIClient client = OpenAIOkHttpClient.builder().baseUrl("http://127.0.0.1:" + server.getPort() + "/v1")
                .apiKey(api.userToken("usage@example.com", "user-password")).maxRetries(0).build();
        ChatCompletionCreateParams.Builder params = ChatCompletionCreateParams.builder().model(model)
                .addUserMessage("Hi");
        if (includeUsage != null) {
            params.streamOptions(ChatCompletionStreamOptions.builder().includeUsage(includeUsage).build());
        }
        try (StreamResponse<ChatCompletionChunk> chunks = client.chat().completions().createStreaming(params.build())) {
            return chunks.stream().toList();
        }
    }

    private List<List<Object>> rows(String model, int expected) throws Exception {
        long deadline = System.currentTimeMillis() + 5000;
        while (true) {
            List<List<Object>> rows = new ArrayList<>();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + databasePath);
                 var ps = c.prepareStatement("SELECT prompt_tokens, completion_tokens, cached_tokens, status "
                         + "FROM chat_logs WHERE model_id = ? ORDER BY id")) {
                ps.setString(1, model);
                ResultSet rs = ps.executeQuery();
                while (rs.next()) {
                    rows.add(List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getString(4)));
                }
            }
            if (rows.size() >= expected || System.currentTimeMillis() > deadline) {
                return rows;
            }
            Thread.sleep(50);
        }
    }

    private void sendsTheUsageChunkOnlyWhenAsked(String type, String script, List<Object> exact) throws Exception {
        String model = channel(type, script);

        List<ChatCompletionChunk> asked = stream(model, true);
        ChatCompletionChunk last = asked.get(asked.size() - 1);
        assertTrue(last.choices().isEmpty(), "the usage chunk has no choices");
        assertEquals(((Number) exact.get(0)).longValue(), last.usage().orElseThrow().promptTokens());
        assertEquals(((Number) exact.get(1)).longValue(), last.usage().orElseThrow().completionTokens());
        assertEquals(1, asked.stream().filter(c -> c.usage().isPresent()).count(), "exactly one usage chunk");

        for (Boolean notAsked : new Boolean[] {null, false}) {
            List<ChatCompletionChunk> plain = stream(model, notAsked);
            assertFalse(plain.isEmpty());
            assertTrue(plain.stream().noneMatch(c -> c.usage().isPresent()), "no usage chunk unless asked");
            assertTrue(plain.stream().noneMatch(c -> c.choices().isEmpty()), "no empty-choices chunk unless asked");
        }

        assertTrue(upstream.received.stream().filter(r -> r.script().equals(script))
                .allMatch(r -> r.body().contains("\"include_usage\":true") || r.path().endsWith("/messages")),
                "an OpenAI upstream is always asked for usage");
        List<List<Object>> rows = rows(model, 3);
        assertEquals(List.of(exact, exact, exact), rows, "the row is exact whether the client asked or not");
    }

    @Test
    void anOpenAiChannelsPassedThroughUsageChunkReachesOnlyClientsThatAsked() throws Exception {
        sendsTheUsageChunkOnlyWhenAsked("openai", "tool", List.of(20, 9, 4, "ok"));
    }

    @Test
    void aTranslatedAnthropicStreamEndsWithAUsageChunkOnlyWhenAsked() throws Exception {
        sendsTheUsageChunkOnlyWhenAsked("anthropic", "ok", List.of(33, 15, 5, "ok"));
    }
}
