package dev.switchboard.adapter.upstream.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.switchboard.adapter.upstream.provider.Json;
import dev.switchboard.adapter.upstream.transport.UpstreamRequest;
import dev.switchboard.application.port.out.chat.UpstreamCall;
import dev.switchboard.domain.channel.BaseUrl;
import dev.switchboard.domain.channel.ChannelType;
import dev.switchboard.domain.channel.ReasoningSetting;
import dev.switchboard.domain.chat.ChatMessage;
import dev.switchboard.domain.chat.ChatPrompt;
import dev.switchboard.domain.chat.ClientOriginal;
import dev.switchboard.domain.chat.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenAiRequestMapperTest {

    private static UpstreamRequest request(ChatPrompt prompt) {
        return OpenAiRequestMapper.request(new UpstreamCall(ChannelType.OPENAI, new BaseUrl("https://api.deepseek.com/v1/"),
                "sk-1", "deepseek-chat", ReasoningSetting.AUTO, prompt));
    }

    @Test
    void anOpenAiClientsBodyGoesAsItCameWithTheModelSwappedAndUsageAskedFor() throws Exception {
        Map<String, Object> original = new LinkedHashMap<>();
        original.put("model", "alias");
        original.put("messages", List.of(Map.of("role", "user", "content", "hi")));
        original.put("stream", true);
        original.put("logit_bias", Map.of("50256", -100));
        original.put("stream_options", Map.of("chunk_size", 3));
        ChatPrompt prompt = new ChatPrompt("alias", List.of(ChatMessage.text(Role.USER, "hi")), List.of(), null, null,
                null, null, List.of(), null, true, new ClientOriginal("openai", original));
        UpstreamRequest request = request(prompt);
        assertEquals("https://api.deepseek.com/v1/chat/completions", request.url().toString());
        assertEquals(Map.of("Authorization", "Bearer sk-1"), request.headers());
        Map<String, Object> body = Json.object(request.body());
        assertEquals("deepseek-chat", body.get("model"));
        assertEquals(Map.of("50256", -100), body.get("logit_bias"), "fields Switchboard does not know pass through");
        assertEquals(Map.of("chunk_size", 3, "include_usage", true), body.get("stream_options"));
    }

    @Test
    void aPromptFromAnotherFormatIsWrittenFromTheNeutralModel() throws Exception {
        Map<String, Object> body = Json.object(request(ChatPrompt.simple("alias", "ping", 1)).body());
        assertEquals(Map.of("model", "deepseek-chat", "messages", List.of(Map.of("role", "user", "content", "ping")),
                "max_tokens", 1, "stream", false), body);
    }
}
