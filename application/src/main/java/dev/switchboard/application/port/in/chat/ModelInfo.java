package dev.switchboard.application.port.in.chat;

/** A model users can pick: its id, a readable name, and whether some channel serving it takes images. */
public record ModelInfo(String id, String name, boolean vision) {

    public ModelInfo(String id, String name) {
        this(id, name, false);
    }
}
