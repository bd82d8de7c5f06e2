package dev.switchboard.adapter.web.ipblock;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.adapter.web.support.ApiTime;
import dev.switchboard.application.port.out.ipblock.BlockedAttemptPage;
import dev.switchboard.domain.ipblock.BlockedAttempt;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.OffsetDateTime;
import java.util.List;

/** A page of blocked attempts: {@code {"items","total","page","size"}} (SPEC §7). */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record AttemptPageResponse(List<Item> items, long total, int page, int size) {

    static AttemptPageResponse fromDomain(BlockedAttemptPage p, ApiTime time) {
        return new AttemptPageResponse(p.items().stream().map(a -> Item.fromDomain(a, time)).toList(),
                p.total(), p.page(), p.size());
    }

    /**
     * One tally: {@code {"id","ip_address","path","rule","created_at","count"}} — {@code count} requests in the
     * minute starting at {@code created_at}.
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record Item(long id, String ipAddress, String path, String rule, OffsetDateTime createdAt, long count) {
        static Item fromDomain(BlockedAttempt a, ApiTime time) {
            return new Item(a.id(), a.ipAddress(), a.path(), a.rule(), time.format(a.createdAt()), a.count());
        }
    }
}
