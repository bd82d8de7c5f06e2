package dev.switchboard.adapter.web.usage;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.adapter.web.support.ApiTime;
import dev.switchboard.domain.usage.UsageLogPage;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** {@code {"items","total","page","size"}}; an empty page still carries {@code "items": []}. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record UsageLogPageResponse(List<UsageLogItem> items, long total, int page, int size) {

    static UsageLogPageResponse fromDomain(UsageLogPage p, ApiTime time) {
        return new UsageLogPageResponse(p.items().stream().map(e -> UsageLogItem.fromDomain(e, time)).toList(),
                p.total(), p.page(), p.size());
    }
}
