package dev.switchboard.adapter.upstream.anthropic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.switchboard.adapter.upstream.provider.Json;
import dev.switchboard.adapter.upstream.transport.UpstreamRequest;
import dev.switchboard.application.port.out.chat.UpstreamCall;
import dev.switchboard.domain.channel.BaseUrl;
import dev.switchboard.domain.channel.ChannelType;
import dev.switchboard.domain.channel.ReasoningSetting;
import dev.switchboard.domain.chat.ChatMessage;
import dev.switchboard.domain.chat.ChatPrompt;
import dev.switchboard.domain.chat.Role;
import dev.switchboard.domain.chat.ToolCall;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnthropicRequestMapperTest {

    @Test
    void systemOnTopSameRolesMergedToolResultsFirstInTheNextUserTurnAndABudgetRaisesMaxTokens() throws Exception {
        List<ChatMessage> messages = List.of(ChatMessage.text(Role.SYSTEM, "be brief"), ChatMessage.text(Role.USER, "a"),
                ChatMessage.text(Role.USER, "b"),
                new ChatMessage(Role.ASSISTANT, List.of(), List.of(new ToolCall("t1", "f", "{\"x\":1}")), null, null),
                new ChatMessage(Role.TOOL, List.of(new dev.switchboard.domain.chat.ContentPart.Text("42")), List.of(), "t1", null),
                ChatMessage.text(Role.USER, "thanks"));
        ChatPrompt prompt = new ChatPrompt("m", messages, List.of(), null, 100, 0.3, null, List.of(), null, true, null);
        UpstreamRequest request = AnthropicRequestMapper.request(new UpstreamCall(ChannelType.ANTHROPIC,
                new BaseUrl("https://api.anthropic.com/v1"), "sk-ant", "claude-x", new ReasoningSetting(
                ReasoningSetting.Mode.BUDGET, 2048), prompt));
        assertEquals("https://api.anthropic.com/v1/messages", request.url().toString());
        assertEquals(Map.of("x-api-key", "sk-ant", "anthropic-version", "2023-06-01"), request.headers());
        Map<String, Object> body = Json.object(request.body());
        assertEquals("be brief", body.get("system"));
        assertEquals(3072, body.get("max_tokens"), "a thinking budget needs room to answer");
        assertEquals(Map.of("type", "enabled", "budget_tokens", 2048), body.get("thinking"));
        assertEquals(null, body.get("temperature"), "not allowed while thinking");
        assertEquals(List.of(
                Map.of("role", "user", "content", List.of(Map.of("type", "text", "text", "a"), Map.of("type", "text", "text", "b"))),
                Map.of("role", "assistant", "content", List.of(Map.of("type", "tool_use", "id", "t1", "name", "f",
                        "input", Map.of("x", 1)))),
                Map.of("role", "user", "content", List.of(Map.of("type", "tool_result", "tool_use_id", "t1", "content", "42"),
                        Map.of("type", "text", "text", "thanks")))), body.get("messages"));
    }

    @Test
    void aRequestFromAnAnthropicClientGoesAsItCameWithTheModelSwappedAndItsVersionAndBetasForwarded() throws Exception {
        Map<String, Object> original = new java.util.LinkedHashMap<>();
        original.put("model", "client-model");
        original.put("max_tokens", 32000);
        original.put("system", List.of(Map.of("type", "text", "text", "be brief", "cache_control", Map.of("type", "ephemeral"))));
        original.put("messages", List.of(Map.of("role", "user", "content", "hi")));
        original.put("metadata", Map.of("user_id", "u1"));
        original.put("thinking", Map.of("type", "adaptive"));
        original.put("context_management", Map.of("edits", List.of()));
        ChatPrompt prompt = new ChatPrompt("client-model", List.of(ChatMessage.text(Role.USER, "hi")), List.of(), null,
                32000, null, null, List.of(), null, true, new dev.switchboard.domain.chat.ClientOriginal("anthropic",
                original, Map.of("anthropic-version", "2023-06-01", "anthropic-beta", "claude-code-20250219,oauth")));
        UpstreamRequest request = AnthropicRequestMapper.request(new UpstreamCall(ChannelType.ANTHROPIC,
                new BaseUrl("https://api.anthropic.com/v1"), "sk-ant", "claude-x", ReasoningSetting.AUTO, prompt));
        assertEquals(Map.of("x-api-key", "sk-ant", "anthropic-version", "2023-06-01",
                "anthropic-beta", "claude-code-20250219,oauth"), request.headers());
        Map<String, Object> body = Json.object(request.body());
        Map<String, Object> expected = new java.util.LinkedHashMap<>(original);
        expected.put("model", "claude-x");
        expected.put("stream", true);
        assertEquals(expected, body);

        UpstreamRequest off = AnthropicRequestMapper.request(new UpstreamCall(ChannelType.ANTHROPIC,
                new BaseUrl("https://api.anthropic.com/v1"), "sk-ant", "claude-x",
                new ReasoningSetting(ReasoningSetting.Mode.OFF, 0), prompt));
        assertEquals(null, Json.object(off.body()).get("thinking"), "the channel's reasoning: off still rules");
    }
}
