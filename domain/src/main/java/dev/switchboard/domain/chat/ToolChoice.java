package dev.switchboard.domain.chat;

import java.util.Objects;

/** Whether the model may, must or must not call a tool, or must call one named function. */
public record ToolChoice(Mode mode, String function) {

    public enum Mode { AUTO, NONE, REQUIRED, FUNCTION }

    public static final ToolChoice AUTO = new ToolChoice(Mode.AUTO, null);
    public static final ToolChoice NONE = new ToolChoice(Mode.NONE, null);
    public static final ToolChoice REQUIRED = new ToolChoice(Mode.REQUIRED, null);

    public ToolChoice {
        Objects.requireNonNull(mode, "mode");
        if (mode == Mode.FUNCTION) {
            Objects.requireNonNull(function, "function");
        }
    }

    public static ToolChoice function(String name) {
        return new ToolChoice(Mode.FUNCTION, name);
    }
}
