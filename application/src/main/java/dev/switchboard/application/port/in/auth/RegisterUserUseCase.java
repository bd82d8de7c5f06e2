package dev.switchboard.application.port.in.auth;

/** Use case: an end user signs up with e-mail and password, or the admin creates one. */
public interface RegisterUserUseCase {

    /**
     * Public sign-up: refused with ForbiddenException while registration is closed and with
     * RateLimitExceededException beyond the settings' sign-ups per IP and hour.
     */
    Principal signUp(String clientIp, String email, String password);

    /** Creates the account whatever the registration mode (the admin's "create user"). */
    Principal register(String email, String password);
}
