package dev.switchboard.application.port.in.chat;

/** A model users can pick: its id and a readable name. */
public record ModelInfo(String id, String name) {
}
