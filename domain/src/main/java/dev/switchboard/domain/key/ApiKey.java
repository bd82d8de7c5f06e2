package dev.switchboard.domain.key;

import dev.switchboard.domain.ipblock.CidrRange;
import dev.switchboard.domain.ipblock.IpAddress;
import dev.switchboard.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A user's API key as stored: never the key itself, only its hash and the parts shown for recognition.
 * Empty {@code allowedModels} / {@code allowedCidrs} mean every model / anywhere; null {@code expiresAt} never.
 * {@code id} is null until stored.
 */
public record ApiKey(ApiKeyId id, UserId owner, String name, String hash, String prefix, String last4,
                     boolean enabled, Instant expiresAt, List<String> allowedModels, List<CidrRange> allowedCidrs,
                     Instant createdAt, Instant lastUsedAt) {

    public ApiKey {
        Objects.requireNonNull(owner, "owner");
        name = KeyRules.name(name);
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(last4, "last4");
        allowedModels = List.copyOf(allowedModels == null ? List.of() : allowedModels);
        allowedCidrs = List.copyOf(allowedCidrs == null ? List.of() : allowedCidrs);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new key for {@code secret}: enabled, never used. */
    public static ApiKey issue(UserId owner, String name, ApiKeySecret secret, Instant expiresAt,
                               List<String> allowedModels, List<CidrRange> allowedCidrs, Instant now) {
        return new ApiKey(null, owner, name, secret.hash(), secret.prefix(), secret.last4(), true, expiresAt,
                allowedModels, allowedCidrs, now, null);
    }

    public boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    /** Whether the key opens the door at all: enabled and not expired. */
    public boolean usableAt(Instant now) {
        return enabled && !expiredAt(now);
    }

    public boolean allowsModel(String model) {
        return allowedModels.isEmpty() || allowedModels.contains(model);
    }

    public boolean allowsAddress(IpAddress address) {
        return allowedCidrs.isEmpty() || allowedCidrs.stream().anyMatch(range -> range.contains(address));
    }

    public ApiKey changed(String newName, boolean newEnabled, Instant newExpiresAt, List<String> models,
                          List<CidrRange> cidrs) {
        return new ApiKey(id, owner, newName, hash, prefix, last4, newEnabled, newExpiresAt, models, cidrs,
                createdAt, lastUsedAt);
    }

    public ApiKey usedAt(Instant when) {
        return new ApiKey(id, owner, name, hash, prefix, last4, enabled, expiresAt, allowedModels, allowedCidrs,
                createdAt, when);
    }

    @Override
    public String toString() {
        return "ApiKey[id=" + id + ", owner=" + owner + ", name=" + name + ", prefix=" + prefix + "]";
    }
}
