package dev.switchboard.application.port.in.chat;

import dev.switchboard.domain.user.UserId;
import java.util.Objects;

/** Who sends a chat: always an IP; a user id and e-mail when signed in; the key when it came with one. */
public record Requester(String ip, UserId userId, String email, KeyGrant apiKey) {

    public Requester {
        Objects.requireNonNull(ip, "ip");
    }

    public Requester(String ip, UserId userId, String email) {
        this(ip, userId, email, null);
    }

    public static Requester guest(String ip) {
        return new Requester(ip, null, null, null);
    }

    public boolean signedIn() {
        return userId != null;
    }

    /** Whether this requester may use the model: always, unless its key lists other models only. */
    public boolean mayUse(String model) {
        return apiKey == null || apiKey.allows(model);
    }
}
