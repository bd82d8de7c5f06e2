package dev.switchboard.domain.channel;

import dev.switchboard.domain.shared.InvalidInputException;
import dev.switchboard.domain.shared.Require;
import java.util.Objects;

/**
 * How a channel talks to its upstream (SPEC §11): the API type, the model name sent upstream (null: the
 * channel's model id), the reasoning setting, the context window in tokens (null: unknown), whether it takes
 * images, and its routing priority and weight (§13).
 */
public record UpstreamProfile(ChannelType type, String upstreamModel, ReasoningSetting reasoning,
                              Integer contextWindow, boolean vision, int priority, int weight) {

    public static final UpstreamProfile DEFAULT =
            new UpstreamProfile(ChannelType.OPENAI, null, ReasoningSetting.AUTO, null, false, 0, 1);

    public UpstreamProfile {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reasoning, "reasoning");
        upstreamModel = upstreamModel == null || upstreamModel.isBlank() ? null
                : Require.text("upstream_model", upstreamModel, 200);
        if (contextWindow != null && contextWindow < 1) {
            throw new InvalidInputException("context_window", "context_window must be a positive number of tokens");
        }
        Require.range("priority", priority, -1000, 1000);
        Require.range("weight", weight, 1, 100);
    }
}
