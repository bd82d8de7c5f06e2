package dev.switchboard.application.port.out.user;

import dev.switchboard.domain.user.Admin;
import dev.switchboard.domain.user.AdminId;
import java.util.Optional;

/** Stored administrator accounts. */
public interface AdminRepository {

    Admin save(Admin admin);

    Optional<Admin> findByUsername(String username);

    Optional<Admin> findById(AdminId id);
}
