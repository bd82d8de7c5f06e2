package dev.switchboard.application.service.auth;

import dev.switchboard.application.port.in.auth.FindPrincipalQuery;
import dev.switchboard.application.port.in.auth.Principal;
import dev.switchboard.application.port.out.user.AdminRepository;
import dev.switchboard.application.port.out.user.UserRepository;
import dev.switchboard.domain.user.AdminId;
import dev.switchboard.domain.user.Role;
import dev.switchboard.domain.user.UserId;
import java.util.Optional;

/** Looks up the account a token names, so a deleted account stops being "signed in". */
public class PrincipalQueryService implements FindPrincipalQuery {

    private final UserRepository users;
    private final AdminRepository admins;

    public PrincipalQueryService(UserRepository users, AdminRepository admins) {
        this.users = users;
        this.admins = admins;
    }

    @Override
    public Optional<Principal> find(Role role, long id) {
        if (id <= 0) {
            return Optional.empty();
        }
        return switch (role) {
            case USER -> users.findById(new UserId(id))
                    .map(u -> new Principal(id, u.email().value(), Role.USER, u.createdAt(), u.tokenVersion()));
            case ADMIN -> admins.findById(new AdminId(id))
                    .map(a -> new Principal(id, a.username(), Role.ADMIN, a.createdAt(), a.tokenVersion()));
        };
    }
}
