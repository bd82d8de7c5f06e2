package dev.switchboard.adapter.web.support;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A page of any list (SPEC §7): {@code {"items","total","page","size"}}. */
@Serdeable
public record PageResponse<T>(List<T> items, long total, int page, int size) {

    public static <T> PageResponse<T> of(List<T> items, long total, int page, int size) {
        return new PageResponse<>(items, total, page, size);
    }
}
