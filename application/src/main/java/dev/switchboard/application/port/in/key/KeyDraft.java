package dev.switchboard.application.port.in.key;

import java.time.Instant;
import java.util.List;

/** A key to create: name required; null expiry = never; null or empty lists = every model / anywhere. */
public record KeyDraft(String name, Instant expiresAt, List<String> allowedModels, List<String> allowedCidrs) {
}
