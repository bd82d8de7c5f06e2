package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.anthropic.client.AnthropicClient;
import com.anthropic.errors.AnthropicServiceException;
import com.anthropic.errors.BadRequestException;
import com.anthropic.errors.InternalServerException;
import com.anthropic.errors.NotFoundException;
import com.anthropic.errors.PermissionDeniedException;
import com.anthropic.errors.UnauthorizedException;
import com.anthropic.models.messages.MessageCreateParams;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Refusals on {@code /v1/messages} come in Anthropic's shape with the same status, so the SDK raises its own error
 * classes; inside a started stream an error is one {@code event: error}. The rest of the API keeps its envelope.
 */
@MicronautTest(transactional = false)
@Property(name = "switchboard.defaults.guest-rpm", value = "100000")
@Property(name = "switchboard.defaults.user-rpm", value = "100000")
@Property(name = "switchboard.messages.ping-interval", value = "200ms")
class MessagesErrorsTest extends MessagesTestSupport {

    private static MessageCreateParams hello(String model) {
        return MessageCreateParams.builder().model(model).maxTokens(64).addUserMessage("Hello").build();
    }

    private static Map<String, Object> anthropicError(Api.Reply reply) {
        Map<String, Object> body = reply.map();
        assertEquals("error", body.get("type"), reply.body());
        @SuppressWarnings("unchecked")
        Map<String, Object> error = (Map<String, Object>) body.get("error");
        assertEquals(java.util.Set.of("type", "message"), error.keySet(), reply.body());
        return error;
    }

    private Api.Reply messages(String key, String body) {
        return api.send("POST", "/v1/messages", null, "application/json", body,
                key == null ? Map.of() : Map.of("x-api-key", key));
    }

    @Test
    void anUnknownKeyIsAnAuthenticationErrorAndTheKeyIsNotEchoed() {
        String bogus = "sb-" + "A".repeat(43);
        UnauthorizedException e = assertThrows(UnauthorizedException.class,
                () -> client(bogus).messages().create(hello("any")));
        assertEquals(401, e.statusCode());
        Api.Reply raw = messages(bogus, "{\"model\":\"any\",\"max_tokens\":5,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertEquals(401, raw.status());
        assertEquals("authentication_error", anthropicError(raw).get("type"));
        assertFalse(raw.body().contains(bogus));
    }

    @Test
    void aModelOutsideTheKeysListIsAPermissionError() {
        String model = Api.uniqueModel();
        addTyped("openai", "ok", model);
        Key key = newKey("{\"name\":\"narrow\",\"allowed_models\":[\"some-other-model\"]}");
        PermissionDeniedException e = assertThrows(PermissionDeniedException.class,
                () -> client(key.secret()).messages().create(hello(model)));
        assertEquals(403, e.statusCode());
        assertEquals("permission_error", e.type().orElseThrow().asString());
    }

    @Test
    void anUnknownModelIsNotFoundAndBadInputIsAnInvalidRequest() {
        Key key = newKey();
        NotFoundException missing = assertThrows(NotFoundException.class,
                () -> client(key.secret()).messages().create(hello(Api.uniqueModel())));
        assertEquals("not_found_error", missing.type().orElseThrow().asString());

        Api.Reply noMessages = messages(key.secret(), "{\"model\":\"m\",\"max_tokens\":5}");
        assertEquals(400, noMessages.status());
        assertEquals("invalid_request_error", anthropicError(noMessages).get("type"));
        assertTrue(String.valueOf(anthropicError(noMessages).get("message")).contains("messages"), noMessages.body());
        Api.Reply notJson = messages(key.secret(), "{not json");
        assertEquals(400, notJson.status());
        assertEquals("invalid_request_error", anthropicError(notJson).get("type"));
        Api.Reply wrongType = api.send("POST", "/v1/messages", null, "text/plain", "hi", Map.of("x-api-key", key.secret()));
        assertEquals(415, wrongType.status());
        assertEquals("invalid_request_error", anthropicError(wrongType).get("type"));
        assertThrows(BadRequestException.class, () -> client(key.secret()).messages().create(
                MessageCreateParams.builder().model("m").maxTokens(5).addUserMessage("hi")
                        .putAdditionalBodyProperty("stream", com.anthropic.core.JsonValue.from("yes")).build()));

        Api.Reply envelope = api.post("/v1/chat/completions", null, "{\"model\":\"m\"}");
        assertEquals(400, envelope.status());
        assertEquals("invalid_request", envelope.error().get("type"), "other paths keep the SPEC §6 envelope");
    }

    @Test
    void failingUpstreamsAreAnApiErrorWith502() throws Exception {
        String model = Api.uniqueModel();
        addTyped("openai", "fail500", model);
        Key key = newKey();
        AnthropicServiceException e = assertThrows(AnthropicServiceException.class,
                () -> client(key.secret()).messages().create(hello(model)));
        assertEquals(502, e.statusCode());
        assertInstanceOf(InternalServerException.class, e);
        assertEquals("api_error", e.type().orElseThrow().asString());
        assertEquals(List.of("messages", key.id(), 0, 0, 0, "upstream_error"), usage(rows(model, 1).get(0)));
    }

    @Test
    void anErrorInsideAStartedStreamIsOneAnthropicErrorEvent() throws Exception {
        String passedThrough = Api.uniqueModel();
        addTyped("anthropic", "error-midstream", passedThrough);
        String translated = Api.uniqueModel();
        addTyped("openai", "drop", translated);
        Key key = newKey();
        for (String model : List.of(passedThrough, translated)) {
            HttpResponse<String> r = http.send(api.postRequest("/v1/messages", null, "{\"model\":\"" + model
                    + "\",\"max_tokens\":50,\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
                    Map.of("x-api-key", key.secret())), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            String body = r.body();
            assertTrue(body.startsWith("event: message_start\n"), body);
            assertEquals(1, body.split("event: error\n", -1).length - 1, body);
            assertFalse(body.contains("message_stop"), body);
            assertTrue(body.contains("\"type\":\"" + (model.equals(passedThrough) ? "overloaded_error" : "api_error")
                    + "\""), body);
            assertEquals("upstream_error", rows(model, 1).get(0).get("status"));
            assertEquals("messages", rows(model, 1).get(0).get("endpoint"));
        }
    }

    @Test
    void aCodingAgentsLongContextIsAcceptedAboveTheOtherRoutesLimit() {
        String text = "lorem ipsum dolor sit amet ".repeat(80_000);
        Api.Reply r = api.post("/v1/messages/count_tokens", null, "{\"model\":\"m\",\"messages\":[{\"role\":\"user\","
                + "\"content\":\"" + text + "\"}]}");
        assertEquals(200, r.status(), r.body().substring(0, Math.min(200, r.body().length())));
        assertTrue(((Number) r.map().get("input_tokens")).intValue() > 300_000, r.body());
    }

    @Test
    void whileTheFirstTokenIsSlowPingsKeepTheStreamAliveAndTheSdkIgnoresThem() throws Exception {
        String model = Api.uniqueModel();
        addTyped("openai", "slowstart", model);
        Key key = newKey();
        HttpResponse<String> raw = http.send(api.postRequest("/v1/messages", null, "{\"model\":\"" + model
                + "\",\"max_tokens\":50,\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
                Map.of("x-api-key", key.secret())), HttpResponse.BodyHandlers.ofString());
        String body = raw.body();
        assertTrue(body.startsWith("event: ping\ndata: {\"type\":\"ping\"}\n\n"), body);
        int firstStart = body.indexOf("event: message_start");
        assertTrue(firstStart > 0 && body.indexOf("event: ping", firstStart) < 0, "pings only before the answer: " + body);
        assertTrue(body.endsWith("event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n"), body);

        com.anthropic.helpers.MessageAccumulator accumulator = com.anthropic.helpers.MessageAccumulator.create();
        try (var stream = client(key.secret()).messages().createStreaming(MessageCreateParams.builder().model(model)
                .maxTokens(50).addUserMessage("hi").build())) {
            stream.stream().forEach(accumulator::accumulate);
        }
        assertEquals("Hello world!", accumulator.message().content().get(0).text().orElseThrow().text());
    }

    @Test
    void aClientAcceptingGzipAndBrotliStillGetsTheStreamEventByEvent() throws Exception {
        String model = Api.uniqueModel();
        addTyped("openai", "slowstart", model);
        Key key = newKey();
        long start = System.currentTimeMillis();
        HttpResponse<java.io.InputStream> r = http.send(api.postRequest("/v1/messages", null, "{\"model\":\"" + model
                + "\",\"max_tokens\":50,\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
                Map.of("x-api-key", key.secret(), "Accept-Encoding", "gzip, deflate, br")), HttpResponse.BodyHandlers.ofInputStream());
        java.io.InputStream in = r.headers().firstValue("content-encoding").orElse("").contains("gzip")
                ? new java.util.zip.GZIPInputStream(r.body()) : r.body();
        byte[] first = new byte[10];
        int read = in.readNBytes(first, 0, first.length);
        long firstAt = System.currentTimeMillis() - start;
        String rest = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("event: pin", new String(first, 0, read, java.nio.charset.StandardCharsets.UTF_8),
                "encoding " + r.headers().firstValue("content-encoding"));
        assertTrue(firstAt < 800, "the first ping came before the first token, not with the whole body: " + firstAt + " ms");
        assertTrue(rest.contains("Hello world!") && rest.endsWith("event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n"), rest);
    }

    @Test
    void aGuestMayCallWithoutAKey() throws Exception {
        String model = Api.uniqueModel();
        addTyped("openai", "ok", model);
        Api.Reply r = messages(null, "{\"model\":\"" + model + "\",\"max_tokens\":50,"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertEquals(200, r.status(), r.body());
        assertEquals("message", r.map().get("type"));
        assertEquals(null, rows(model, 1).get(0).get("api_key_id"));
    }
}
