package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.user.RevokedTokenStore;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** {@link RevokedTokenStore} in a map. */
public class InMemoryRevokedTokenStore implements RevokedTokenStore {

    private final Map<String, Instant> entries = new ConcurrentHashMap<>();

    @Override
    public void add(String tokenId, Instant expiresAt) {
        entries.putIfAbsent(tokenId, expiresAt);
    }

    @Override
    public Map<String, Instant> unexpired(Instant now) {
        return entries.entrySet().stream().filter(e -> e.getValue().isAfter(now))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public int deleteExpired(Instant now) {
        int before = entries.size();
        entries.values().removeIf(expiry -> !expiry.isAfter(now));
        return before - entries.size();
    }
}
