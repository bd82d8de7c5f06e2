package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.anthropic.client.AnthropicClient;
import com.anthropic.errors.RateLimitException;
import com.anthropic.models.messages.MessageCreateParams;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A key's owner over the user RPM gets Anthropic's {@code rate_limit_error}, 429 with Retry-After. */
@MicronautTest(transactional = false)
@Property(name = "switchboard.defaults.user-rpm", value = "2")
class MessagesRateLimitTest extends MessagesTestSupport {

    @Test
    void theThirdCallInAMinuteIsARateLimitErrorWithRetryAfter() {
        String model = Api.uniqueModel();
        addTyped("openai", "ok", model);
        Key key = newKey();
        AnthropicClient client = client(key.secret());
        MessageCreateParams hello = MessageCreateParams.builder().model(model).maxTokens(64).addUserMessage("Hello").build();
        client.messages().create(hello);
        client.messages().create(hello);
        RateLimitException e = assertThrows(RateLimitException.class, () -> client.messages().create(hello));
        assertEquals(429, e.statusCode());
        assertEquals("rate_limit_error", e.type().orElseThrow().asString());
        int retryAfter = Integer.parseInt(e.headers().values("retry-after").get(0));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "retry-after " + retryAfter);

        Api.Reply raw = api.send("POST", "/v1/messages", null, "application/json", "{\"model\":\"" + model
                + "\",\"max_tokens\":5,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", Map.of("x-api-key", key.secret()));
        assertEquals(429, raw.status());
        assertTrue(raw.body().startsWith("{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\""), raw.body());
        assertTrue(raw.header("retry-after") != null);
    }
}
