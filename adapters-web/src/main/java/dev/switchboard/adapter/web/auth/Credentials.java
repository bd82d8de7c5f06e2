package dev.switchboard.adapter.web.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Request bodies of the sign-up and sign-in endpoints. */
final class Credentials {

    private Credentials() {
    }

    /** {@code {"email","password"}} for register and user login. */
    @Serdeable
    record EmailPassword(@Nullable String email, @Nullable String password) {
        @Override
        public String toString() {
            return "EmailPassword[email=" + email + "]";
        }
    }

    /** {@code {"username","password"}} for admin login. */
    @Serdeable
    record UsernamePassword(@Nullable String username, @Nullable String password) {
        @Override
        public String toString() {
            return "UsernamePassword[username=" + username + "]";
        }
    }
}
