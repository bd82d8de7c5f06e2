package dev.switchboard.adapter.persistence.user;

import dev.switchboard.domain.user.Admin;
import dev.switchboard.domain.user.AdminId;
import dev.switchboard.domain.user.EmailAddress;
import dev.switchboard.domain.user.User;
import dev.switchboard.domain.user.UserId;
import org.mapstruct.Mapper;

/** Maps account rows to the domain and back. */
@Mapper
interface AccountMapper {

    User toDomain(UserRow row);

    UserRow toRow(User user);

    Admin toDomain(AdminRow row);

    AdminRow toRow(Admin admin);

    default UserId userId(Long id) {
        return id == null ? null : new UserId(id);
    }

    default Long userId(UserId id) {
        return id == null ? null : id.value();
    }

    default AdminId adminId(Long id) {
        return id == null ? null : new AdminId(id);
    }

    default Long adminId(AdminId id) {
        return id == null ? null : id.value();
    }

    default EmailAddress email(String value) {
        return new EmailAddress(value);
    }

    default String email(EmailAddress email) {
        return email.value();
    }
}
