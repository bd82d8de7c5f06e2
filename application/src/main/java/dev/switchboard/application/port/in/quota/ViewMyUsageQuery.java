package dev.switchboard.application.port.in.quota;

import dev.switchboard.domain.user.UserId;

/** Query: the signed-in user's usage this month and their quota. Non-blocking: answers from memory. */
public interface ViewMyUsageQuery {

    MyUsage usage(UserId user);
}
