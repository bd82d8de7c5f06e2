package dev.switchboard.application.policy.chat;

import dev.switchboard.domain.chat.ChatMessage;
import dev.switchboard.domain.chat.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Policy: which turns of a browser conversation fit a channel's context window (SPEC §16). System messages
 * always stay; of the rest, the newest turns are kept while they fit in the window minus the room left for the
 * answer ({@code max_tokens}, else a quarter of the window). An assistant turn that called tools and the tool
 * results answering it stay or go together, and the kept turns are always one unbroken run up to the newest —
 * which is kept even when it alone is too long (the upstream then says so, rather than getting nothing).
 */
public final class ContextTrimPolicy {

    /** The messages to send, in their order, and how many non-system messages were left out. */
    public record Trim(List<ChatMessage> messages, int dropped) {
    }

    private ContextTrimPolicy() {
    }

    public static Trim fit(List<ChatMessage> messages, int window, Integer maxTokens, ToIntFunction<ChatMessage> cost) {
        int reserve = maxTokens != null ? maxTokens : window / 4;
        long budget = (long) window - reserve;
        List<List<ChatMessage>> turns = new ArrayList<>();
        for (ChatMessage message : messages) {
            if (message.role() == Role.SYSTEM) {
                budget -= cost.applyAsInt(message);
            } else if (message.role() == Role.TOOL && !turns.isEmpty() && answersCallsOf(lastOf(turns))) {
                lastOf(turns).add(message);
            } else {
                List<ChatMessage> turn = new ArrayList<>();
                turn.add(message);
                turns.add(turn);
            }
        }
        Set<ChatMessage> kept = Collections.newSetFromMap(new IdentityHashMap<>()); // equal texts are distinct turns
        for (int i = turns.size() - 1; i >= 0; i--) {
            List<ChatMessage> turn = turns.get(i);
            long turnCost = turn.stream().mapToLong(cost::applyAsInt).sum();
            if (turnCost > budget && i < turns.size() - 1) {
                break;
            }
            budget -= turnCost;
            kept.addAll(turn);
        }
        List<ChatMessage> sent = new ArrayList<>();
        int dropped = 0;
        for (ChatMessage message : messages) {
            if (message.role() == Role.SYSTEM || kept.contains(message)) {
                sent.add(message);
            } else {
                dropped++;
            }
        }
        return new Trim(List.copyOf(sent), dropped);
    }

    private static boolean answersCallsOf(List<ChatMessage> turn) {
        return !turn.get(0).toolCalls().isEmpty();
    }

    private static List<ChatMessage> lastOf(List<List<ChatMessage>> turns) {
        return turns.get(turns.size() - 1);
    }
}
