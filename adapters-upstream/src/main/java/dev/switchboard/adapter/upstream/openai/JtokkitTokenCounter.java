package dev.switchboard.adapter.upstream.openai;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import dev.switchboard.application.port.out.chat.TokenCounter;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

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
    public int promptTokens(List<Map<String, Object>> messages) {
        int total = REPLY_PRIMING;
        for (Map<String, Object> message : messages) {
            total += PER_MESSAGE;
            total += count(message.get("role"));
            total += contentTokens(message.get("content"));
            if (message.get("name") instanceof String name) {
                total += PER_NAME + textTokens(name);
            }
        }
        return total;
    }

    @Override
    public int textTokens(String text) {
        return text == null || text.isEmpty() ? 0 : encoding.countTokensOrdinary(text);
    }

    private int contentTokens(Object content) {
        if (content instanceof List<?> parts) {
            int total = 0;
            for (Object part : parts) {
                if (part instanceof Map<?, ?> p && p.get("text") instanceof String text) {
                    total += textTokens(text);
                }
            }
            return total;
        }
        return count(content);
    }

    private int count(Object value) {
        return value instanceof String s ? textTokens(s) : 0;
    }
}
