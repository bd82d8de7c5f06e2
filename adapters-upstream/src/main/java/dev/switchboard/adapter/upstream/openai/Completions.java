package dev.switchboard.adapter.upstream.openai;

import dev.switchboard.domain.usage.TokenUsage;
import java.util.List;
import java.util.Map;

/** Reading the parts of OpenAI completion JSON (streamed chunks and whole answers) that Switchboard uses. */
final class Completions {

    private Completions() {
    }

    /** Content plus reasoning of every choice, from {@code delta} (chunks) or {@code message} (answers). */
    static String text(Map<String, Object> completion, String part) {
        if (!(completion.get("choices") instanceof List<?> choices)) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (Object choice : choices) {
            if (choice instanceof Map<?, ?> c && c.get(part) instanceof Map<?, ?> delta) {
                append(text, delta.get("reasoning_content"));
                append(text, delta.get("reasoning"));
                append(text, delta.get("content"));
            }
        }
        return text.toString();
    }

    /** Whether any choice carries a {@code finish_reason}: the answer is complete. */
    static boolean finished(Map<String, Object> completion) {
        if (completion.get("choices") instanceof List<?> choices) {
            for (Object choice : choices) {
                if (choice instanceof Map<?, ?> c && c.get("finish_reason") instanceof String) {
                    return true;
                }
            }
        }
        return false;
    }

    static TokenUsage usage(Map<String, Object> completion) {
        if (completion.get("usage") instanceof Map<?, ?> usage
                && usage.get("prompt_tokens") instanceof Number prompt
                && usage.get("completion_tokens") instanceof Number answer) {
            return new TokenUsage(Math.max(0, prompt.intValue()), Math.max(0, answer.intValue()));
        }
        return null;
    }

    private static void append(StringBuilder text, Object value) {
        if (value instanceof String s) {
            text.append(s);
        }
    }
}
