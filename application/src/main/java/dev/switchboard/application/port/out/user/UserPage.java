package dev.switchboard.application.port.out.user;

import dev.switchboard.domain.user.User;
import java.util.List;

/** One page of users (oldest first) with how many the search matches in all. */
public record UserPage(List<User> items, long total, int page, int size) {
    public UserPage {
        items = List.copyOf(items);
    }
}
