package dev.switchboard.application.service.auth;

import dev.switchboard.application.port.out.change.ChangeFeed;
import dev.switchboard.application.port.out.change.ChangeKind;
import dev.switchboard.application.port.out.user.RevokedTokenStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token ids ({@code jti}) signed out before their expiry. Checked from memory; stored, so a restart keeps them
 * and the other instances load them when the feed says {@link ChangeKind#SESSIONS} changed. An entry is only
 * kept until the token would have expired anyway, so the list stays short.
 */
public class RevokedTokens {

    private final Clock clock;
    private final RevokedTokenStore store;
    private final ChangeFeed changes;
    private volatile Map<String, Instant> revoked = new ConcurrentHashMap<>();

    public RevokedTokens(Clock clock, RevokedTokenStore store, ChangeFeed changes) {
        this.clock = clock;
        this.store = store;
        this.changes = changes;
    }

    /** Blocking: stores the id, then tells the other instances. */
    public void revoke(String tokenId, Instant expiresAt) {
        Instant now = clock.instant();
        if (tokenId == null || expiresAt == null || !expiresAt.isAfter(now)) {
            return;
        }
        revoked.values().removeIf(expiry -> !expiry.isAfter(now));
        revoked.put(tokenId, expiresAt);
        store.add(tokenId, expiresAt);
        store.deleteExpired(now);
        changes.publish(ChangeKind.SESSIONS);
    }

    /** Blocking: reads every unexpired id (at start-up, and when another instance signed a token out). */
    public void reload() {
        Map<String, Instant> fresh = new ConcurrentHashMap<>(store.unexpired(clock.instant()));
        revoked.forEach(fresh::putIfAbsent); // one revoked here meanwhile must not come back to life
        revoked = fresh;
    }

    /** Non-blocking: answers from memory. */
    public boolean isRevoked(String tokenId) {
        return tokenId != null && revoked.containsKey(tokenId);
    }
}
