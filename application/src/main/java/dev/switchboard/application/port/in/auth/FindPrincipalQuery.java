package dev.switchboard.application.port.in.auth;

import dev.switchboard.domain.user.Role;
import java.util.Optional;

/** Query: the current account behind a token's subject, if it still exists. */
public interface FindPrincipalQuery {

    Optional<Principal> find(Role role, long id);
}
