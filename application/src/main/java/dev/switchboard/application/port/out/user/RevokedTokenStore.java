package dev.switchboard.application.port.out.user;

import java.time.Instant;
import java.util.Map;

/** Outgoing port: the ids of signed-out tokens, shared by every instance until the tokens expire. Blocking. */
public interface RevokedTokenStore {

    /** Stores a signed-out token id; storing it again keeps one entry. */
    void add(String tokenId, Instant expiresAt);

    /** Every token id whose expiry is after {@code now}, with that expiry. */
    Map<String, Instant> unexpired(Instant now);

    /** Forgets the entries that expired at or before {@code now}; how many went. */
    int deleteExpired(Instant now);
}
