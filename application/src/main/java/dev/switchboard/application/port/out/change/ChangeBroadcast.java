package dev.switchboard.application.port.out.change;

import java.util.function.Consumer;

/** Carries change messages between instances (Redis pub/sub); best effort, the version check heals losses. */
public interface ChangeBroadcast {

    /** Sends a change of {@code kind} to every subscribed instance; never throws. */
    void send(ChangeKind kind);

    /** Delivers the kinds other instances (and this one) send; called once at start-up. */
    void subscribe(Consumer<ChangeKind> receiver);
}
