package dev.switchboard.adapter.persistence.user;

import dev.switchboard.domain.user.Admin;
import dev.switchboard.domain.user.AdminId;
import dev.switchboard.domain.user.EmailAddress;
import dev.switchboard.domain.user.User;
import dev.switchboard.domain.user.UserId;
import org.mapstruct.Mapper;

/**
 * Maps account rows to the domain and back. Written out by hand: the domain records have a second
 * constructor and copy methods ({@code passwordChangedTo}, ...) that MapStruct would take for properties.
 */
@Mapper
interface AccountMapper {

    default User toDomain(UserRow row) {
        return new User(userId(row.id()), new EmailAddress(row.email()), row.passwordHash(), row.createdAt(),
                row.enabled(), row.tokenVersion(), row.lastSeenAt(), row.groupId());
    }

    default UserRow toRow(User user) {
        return new UserRow(userId(user.id()), user.email().value(), user.passwordHash(), user.createdAt(),
                user.enabled(), user.tokenVersion(), user.lastSeenAt(), user.groupId());
    }

    default Admin toDomain(AdminRow row) {
        return new Admin(row.id() == null ? null : new AdminId(row.id()), row.username(), row.passwordHash(),
                row.createdAt(), row.tokenVersion());
    }

    default AdminRow toRow(Admin admin) {
        return new AdminRow(admin.id() == null ? null : admin.id().value(), admin.username(), admin.passwordHash(),
                admin.createdAt(), admin.tokenVersion());
    }

    private static UserId userId(Long id) {
        return id == null ? null : new UserId(id);
    }

    private static Long userId(UserId id) {
        return id == null ? null : id.value();
    }
}
