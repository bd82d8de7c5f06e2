package dev.switchboard.application.service.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.switchboard.application.fake.WordTokenCounter;
import dev.switchboard.domain.chat.ChatMessage;
import dev.switchboard.domain.chat.ChatPrompt;
import dev.switchboard.domain.chat.Role;
import dev.switchboard.domain.chat.ToolSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenEstimateServiceTest {

    private final TokenEstimateService estimate = new TokenEstimateService(new WordTokenCounter());

    @Test
    void countsTheMessagesAndEveryToolsNameDescriptionAndSchema() {
        List<ChatMessage> messages = List.of(ChatMessage.text(Role.SYSTEM, "be brief"),
                ChatMessage.text(Role.USER, "what is the weather"));
        ChatPrompt plain = new ChatPrompt("m", messages, List.of(), null, null, null, null, List.of(), null, false, null);
        assertEquals(6, estimate.inputTokens(plain));
        ChatPrompt withTool = new ChatPrompt("m", messages, List.of(new ToolSpec("get_weather", "looks it up",
                Map.of("type", "object"))), null, null, null, null, List.of(), null, false, null);
        assertEquals(6 + 1 + 3 + 1, estimate.inputTokens(withTool));
    }
}
