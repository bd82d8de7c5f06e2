package dev.switchboard.adapter.web.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.switchboard.domain.chat.ChatMessage;
import dev.switchboard.domain.chat.ChatPrompt;
import dev.switchboard.domain.chat.ContentPart;
import dev.switchboard.domain.chat.Role;
import dev.switchboard.domain.chat.ToolCall;
import dev.switchboard.domain.chat.ToolChoice;
import dev.switchboard.domain.shared.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnthropicRequestsTest {

    private static ChatPrompt read(Map<String, Object> body) {
        return AnthropicRequests.prompt(body, Map.of("anthropic-version", "2023-06-01"), String::valueOf);
    }

    @Test
    void hoistsEverySystemTextReadsToolTurnsAndImagesAndKeepsTheOriginal() {
        Map<String, Object> body = Map.of("model", "m", "max_tokens", 100, "stream", true,
                "system", List.of(Map.of("type", "text", "text", "one", "cache_control", Map.of("type", "ephemeral"))),
                "messages", List.of(
                        Map.of("role", "user", "content", List.of(Map.of("type", "text", "text", "look"),
                                Map.of("type", "image", "source", Map.of("type", "base64", "media_type", "image/png", "data", "iVBO")))),
                        Map.of("role", "assistant", "content", List.of(Map.of("type", "thinking", "thinking", "t"),
                                Map.of("type", "tool_use", "id", "toolu_1", "name", "f", "input", Map.of("x", 1)))),
                        Map.of("role", "system", "content", "two"),
                        Map.of("role", "user", "content", List.of(Map.of("type", "tool_result", "tool_use_id", "toolu_1",
                                "content", "42", "is_error", true), Map.of("type", "text", "text", "thanks")))),
                "tool_choice", Map.of("type", "any"),
                "tools", List.of(Map.of("name", "f", "input_schema", Map.of("type", "object")),
                        Map.of("type", "web_search_20250305", "name", "web_search")));
        ChatPrompt prompt = read(body);
        assertEquals(List.of(
                ChatMessage.text(Role.SYSTEM, "one\n\ntwo"),
                new ChatMessage(Role.USER, List.of(new ContentPart.Text("look"),
                        new ContentPart.Image("data:image/png;base64,iVBO", null)), List.of(), null, null),
                new ChatMessage(Role.ASSISTANT, List.of(new ContentPart.Text("")), List.of(new ToolCall("toolu_1", "f", "{x=1}")),
                        null, null),
                new ChatMessage(Role.TOOL, List.of(new ContentPart.Text("Error: 42")), List.of(), "toolu_1", null),
                ChatMessage.text(Role.USER, "thanks")), prompt.messages());
        assertEquals(List.of("f"), prompt.tools().stream().map(t -> t.name()).toList(), "server tools dropped");
        assertEquals(ToolChoice.REQUIRED, prompt.toolChoice());
        assertEquals(100, prompt.maxTokens());
        assertEquals(true, prompt.stream());
        assertEquals(body, prompt.original().request());
        assertEquals("anthropic", prompt.original().format());
        assertEquals(Map.of("anthropic-version", "2023-06-01"), prompt.original().headers());
    }

    @Test
    void onlyExplicitThinkingWithABudgetBecomesAnEffort() {
        assertNull(AnthropicTools.effort(Map.of("type", "adaptive")));
        assertNull(AnthropicTools.effort(Map.of("type", "disabled")));
        assertEquals("low", AnthropicTools.effort(Map.of("type", "enabled", "budget_tokens", 1024)));
        assertEquals("medium", AnthropicTools.effort(Map.of("type", "enabled", "budget_tokens", 8192)));
        assertEquals("high", AnthropicTools.effort(Map.of("type", "enabled", "budget_tokens", 32000)));
    }

    @Test
    void refusesWhatCannotBeAMessagesRequestNamingTheField() {
        assertEquals("model", assertThrows(InvalidInputException.class,
                () -> read(Map.of("messages", List.of()))).field());
        assertEquals("messages", assertThrows(InvalidInputException.class,
                () -> read(Map.of("model", "m", "messages", List.of(Map.of("role", "robot", "content", "x"))))).field());
        assertEquals("messages", assertThrows(InvalidInputException.class,
                () -> read(Map.of("model", "m", "messages", List.of(Map.of("role", "system", "content", "x"))))).field());
        assertEquals("max_tokens", assertThrows(InvalidInputException.class,
                () -> read(Map.of("model", "m", "max_tokens", 0, "messages", List.of(Map.of("role", "user", "content", "x")))))
                .field());
    }
}
