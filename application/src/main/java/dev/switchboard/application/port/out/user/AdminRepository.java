package dev.switchboard.application.port.out.user;

import dev.switchboard.domain.user.Admin;
import dev.switchboard.domain.user.AdminId;
import java.util.List;
import java.util.Optional;

/** Stored administrator accounts. Blocking. */
public interface AdminRepository {

    Admin save(Admin admin);

    Optional<Admin> findByUsername(String username);

    Optional<Admin> findById(AdminId id);

    List<Admin> findAll();
}
