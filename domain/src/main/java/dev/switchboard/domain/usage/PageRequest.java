package dev.switchboard.domain.usage;

import dev.switchboard.domain.shared.Require;

/** One page of a long list: {@code page} counts from 1, {@code size} is 1–500 rows. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public PageRequest {
        Require.range("page", page, 1, Integer.MAX_VALUE);
        Require.range("size", size, 1, MAX_SIZE);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
