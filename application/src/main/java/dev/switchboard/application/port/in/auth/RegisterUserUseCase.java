package dev.switchboard.application.port.in.auth;

/** Use case: an end user signs up with e-mail and password. */
public interface RegisterUserUseCase {

    Principal register(String email, String password);
}
