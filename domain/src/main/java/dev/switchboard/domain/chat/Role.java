package dev.switchboard.domain.chat;

/** Who speaks a message: the instructions, the person, the model, or a tool answering the model's call. */
public enum Role {
    SYSTEM, USER, ASSISTANT, TOOL
}
