package dev.switchboard.application.port.in.auth;

/**
 * Use case: sign in, refused with RateLimitExceededException while one client IP or one account has too
 * many recent failures, so passwords cannot be brute-forced.
 */
public interface ThrottledSignInUseCase {

    Principal signInUser(String clientIp, String email, String password);

    Principal signInAdmin(String clientIp, String username, String password);
}
