package dev.switchboard.application.port.out.user;

import dev.switchboard.domain.user.EmailAddress;
import dev.switchboard.domain.user.User;
import dev.switchboard.domain.user.UserId;
import java.util.Optional;

/** Stored end users. {@link #add} fails with a ConflictException for a taken e-mail. */
public interface UserRepository {

    User add(User user);

    Optional<User> findByEmail(EmailAddress email);

    Optional<User> findById(UserId id);
}
