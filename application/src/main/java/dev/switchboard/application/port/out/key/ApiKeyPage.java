package dev.switchboard.application.port.out.key;

import dev.switchboard.domain.key.ApiKey;
import java.util.List;

/** One page of keys, newest first, with how many the query matches in all. */
public record ApiKeyPage(List<ApiKey> items, long total, int page, int size) {
    public ApiKeyPage {
        items = List.copyOf(items);
    }
}
