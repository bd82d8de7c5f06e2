package dev.switchboard.adapter.web.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.domain.chat.ChatPrompt;
import dev.switchboard.domain.chat.ContentPart;
import dev.switchboard.domain.chat.Role;
import dev.switchboard.domain.chat.ToolChoice;
import dev.switchboard.domain.shared.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenAiChatRequestsTest {

    @Test
    void refusesMalformedBodiesWithTheFieldToBlame() {
        for (Map<String, Object> body : List.<Map<String, Object>>of(Map.of(), Map.of("model", "m"),
                Map.of("model", "m", "messages", List.of()), Map.of("model", "m", "messages", List.of("x")),
                Map.of("model", "m", "messages", List.of(Map.of("role", "user", "content", 3))),
                Map.of("model", "m", "messages", List.of(Map.of("role", "user")), "stream", "yes"))) {
            assertThrows(InvalidInputException.class, () -> OpenAiChatRequests.prompt(body), body.toString());
        }
    }

    @Test
    void readsRolesPartsToolsAndSettingsAndKeepsTheBodyAsTheOriginal() {
        Map<String, Object> body = Map.of("model", " m ", "stream", true, "max_completion_tokens", 50, "temperature", 0.5,
                "stop", "END", "reasoning_effort", "high", "tool_choice", "required",
                "tools", List.of(Map.of("type", "function", "function", Map.of("name", "f", "parameters", Map.of("type", "object"))),
                        Map.of("type", "web_search")),
                "messages", List.of(Map.of("role", "developer", "content", "be brief"),
                        Map.of("role", "user", "content", List.of(Map.of("type", "text", "text", "what is this?"),
                                Map.of("type", "image_url", "image_url", Map.of("url", "data:image/png;base64,AAAA")))),
                        Map.of("role", "assistant", "tool_calls", List.of(Map.of("id", "c1", "type", "function",
                                "function", Map.of("name", "f", "arguments", "{}")))),
                        Map.of("role", "tool", "tool_call_id", "c1", "content", "42")));
        ChatPrompt prompt = OpenAiChatRequests.prompt(body);
        assertEquals("m", prompt.model());
        assertEquals(List.of(Role.SYSTEM, Role.USER, Role.ASSISTANT, Role.TOOL),
                prompt.messages().stream().map(m -> m.role()).toList());
        assertEquals(new ContentPart.InlineData("image/png", "AAAA"),
                ((ContentPart.Image) prompt.messages().get(1).content().get(1)).inline());
        assertEquals("c1", prompt.messages().get(3).toolCallId());
        assertEquals(1, prompt.tools().size(), "a web_search tool cannot be translated: dropped, not refused");
        assertEquals(ToolChoice.REQUIRED, prompt.toolChoice());
        assertEquals(50, prompt.maxTokens());
        assertEquals(List.of("END"), prompt.stop());
        assertEquals("high", prompt.reasoningEffort());
        assertTrue(prompt.stream());
        assertEquals(body, prompt.original().request());
    }
}
