package dev.switchboard.adapter.web.ipblock;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.adapter.web.support.ApiTime;
import dev.switchboard.domain.ipblock.BlockedIp;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.OffsetDateTime;

/** A blocklist entry as the API shows it (SPEC §7): the canonical address or CIDR text. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record BlockedIpResponse(long id, String ipAddress, @Nullable String reason, OffsetDateTime createdAt) {

    static BlockedIpResponse fromDomain(BlockedIp e, ApiTime time) {
        return new BlockedIpResponse(e.id().value(), e.rule(), e.reason(), time.format(e.createdAt()));
    }
}
