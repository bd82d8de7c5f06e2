package dev.switchboard.adapter.upstream;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import dev.switchboard.application.port.out.chat.TokenCounter;
import jakarta.inject.Singleton;
import dev.switchboard.domain.chat.ChatMessage;
import dev.switchboard.domain.chat.ToolCall;
import java.util.List;
import java.util.Locale;

/**
 * Token estimates with JTokkit's o200k_base (the GPT-4o family's encoding), messages framed the way OpenAI
 * counts them: 3 tokens per message, 1 more for a name, 3 to prime the reply.
 */
@Singleton
public class JtokkitTokenCounter implements TokenCounter {

    private static final int PER_MESSAGE = 3;
    private static final int PER_NAME = 1;
    private static final int REPLY_PRIMING = 3;

    private final Encoding encoding = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);

    @Override
    public int promptTokens(List<ChatMessage> messages) {
        int total = REPLY_PRIMING;
        for (ChatMessage message : messages) {
            total += PER_MESSAGE;
            total += textTokens(message.role().name().toLowerCase(Locale.ROOT));
            total += textTokens(message.text());
            for (ToolCall call : message.toolCalls()) {
                total += textTokens(call.name()) + textTokens(call.arguments());
            }
            if (message.name() != null) {
                total += PER_NAME + textTokens(message.name());
            }
        }
        return total;
    }

    @Override
    public int textTokens(String text) {
        return text == null || text.isEmpty() ? 0 : encoding.countTokensOrdinary(text);
    }
}
