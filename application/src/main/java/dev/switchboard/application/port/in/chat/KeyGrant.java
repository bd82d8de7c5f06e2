package dev.switchboard.application.port.in.chat;

import dev.switchboard.domain.user.UserId;
import java.util.List;
import java.util.Objects;

/** A call made with an API key: which key (for the usage row), its owner and the models it may use. */
public record KeyGrant(long keyId, String keyName, UserId owner, String ownerEmail, List<String> allowedModels) {

    public KeyGrant {
        Objects.requireNonNull(keyName, "keyName");
        Objects.requireNonNull(owner, "owner");
        allowedModels = List.copyOf(allowedModels);
    }

    public boolean allows(String model) {
        return allowedModels.isEmpty() || allowedModels.contains(model);
    }
}
