package dev.switchboard.application.port.in.chat;

import dev.switchboard.domain.user.UserId;
import java.util.Objects;

/** Who sends a chat: always an IP; a user id and e-mail when signed in. */
public record Requester(String ip, UserId userId, String email) {

    public Requester {
        Objects.requireNonNull(ip, "ip");
    }

    public static Requester guest(String ip) {
        return new Requester(ip, null, null);
    }

    public boolean signedIn() {
        return userId != null;
    }
}
