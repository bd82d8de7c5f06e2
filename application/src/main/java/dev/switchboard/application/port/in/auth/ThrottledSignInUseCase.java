package dev.switchboard.application.port.in.auth;

import java.time.Duration;

/**
 * Use case: sign in, refused with RateLimitExceededException while the client IP has too many recent
 * failures (on this account, or on all accounts), and held back by a growing pause while the account has
 * many failures from all IPs — which never refuses, so the owner cannot be locked out from elsewhere.
 */
public interface ThrottledSignInUseCase {

    /** How long to hold a user sign-in for {@code email} before checking it. Non-blocking: answers from memory. */
    Duration pauseBeforeUser(String email);

    /** How long to hold an admin sign-in for {@code username} before checking it. Non-blocking: from memory. */
    Duration pauseBeforeAdmin(String username);

    Principal signInUser(String clientIp, String email, String password);

    Principal signInAdmin(String clientIp, String username, String password);
}
