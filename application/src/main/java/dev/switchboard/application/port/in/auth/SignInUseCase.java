package dev.switchboard.application.port.in.auth;

/** Use case: check credentials of a user or an admin; throws AuthenticationFailedException on mismatch. */
public interface SignInUseCase {

    Principal signInUser(String email, String password);

    Principal signInAdmin(String username, String password);
}
