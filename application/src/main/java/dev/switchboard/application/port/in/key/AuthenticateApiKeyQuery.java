package dev.switchboard.application.port.in.key;

/**
 * Query: what a presented key may do. Non-blocking: answers from memory (a directory of every key that is
 * reloaded on each change), so the request path makes no database round trip.
 */
public interface AuthenticateApiKeyQuery {

    /** @param presented the text after "Bearer " or in x-api-key; @param clientIp the resolved client address */
    KeyCheck check(String presented, String clientIp);
}
