package dev.switchboard.application.port.out.ipblock;

import dev.switchboard.domain.ipblock.BlockedAttempt;
import java.util.List;

/** One page of blocked attempts and the total across all pages. */
public record BlockedAttemptPage(List<BlockedAttempt> items, long total, int page, int size) {

    public BlockedAttemptPage {
        items = List.copyOf(items);
    }
}
