package dev.switchboard.application.error;

/** The account exists but an admin switched it off: 403 {@code account_disabled}, at sign-in and on every call. */
public class AccountDisabledException extends RuntimeException {
    public AccountDisabledException() {
        super("this account is disabled; ask an administrator", null, false, false);
    }
}
