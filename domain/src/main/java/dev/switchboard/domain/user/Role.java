package dev.switchboard.domain.user;

/** What a signed-in principal may do: chat as a user, or run the console as an admin. */
public enum Role {
    USER,
    ADMIN
}
