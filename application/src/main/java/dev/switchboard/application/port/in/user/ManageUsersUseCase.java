package dev.switchboard.application.port.in.user;

import dev.switchboard.domain.usage.PageRequest;
import dev.switchboard.domain.user.UserId;

/**
 * Use case: the admin lists, creates, switches on and off, resets and deletes users. Disabling, a reset and
 * deleting end every session of the user at once. Blocking.
 */
public interface ManageUsersUseCase {

    UserSummaryPage search(String query, PageRequest page);

    /** Creates a user whatever the registration mode. */
    UserSummary create(String email, String password);

    /** {@code enabled} null = unchanged; {@code groupGiven} false = group unchanged. */
    UserSummary update(UserId id, Boolean enabled, boolean groupGiven, Long groupId);

    void resetPassword(UserId id, String newPassword);

    /** The user and their keys go; their usage rows keep the e-mail. */
    void delete(UserId id);
}
