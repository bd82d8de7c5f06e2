package dev.switchboard.application.port.in.user;

import java.util.List;

/** One page of the admin's user list. */
public record UserSummaryPage(List<UserSummary> items, long total, int page, int size) {
    public UserSummaryPage {
        items = List.copyOf(items);
    }
}
