package dev.switchboard.adapter.web.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A page of any list (SPEC §7): {@code {"items","total","page","size"}}. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS) // an empty page still has "items": []
public record PageResponse<T>(List<T> items, long total, int page, int size) {

    public static <T> PageResponse<T> of(List<T> items, long total, int page, int size) {
        return new PageResponse<>(items, total, page, size);
    }
}
