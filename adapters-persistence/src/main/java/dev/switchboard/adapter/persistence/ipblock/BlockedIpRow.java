package dev.switchboard.adapter.persistence.ipblock;

import dev.switchboard.domain.ipblock.BlockedIp;
import dev.switchboard.domain.ipblock.BlockedIpId;
import dev.switchboard.domain.ipblock.CidrRange;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** Row of {@code blocked_ips}; {@code ip_address} holds the canonical rule text, unique. */
@MappedEntity("blocked_ips")
record BlockedIpRow(@Id @GeneratedValue @Nullable Long id, String ipAddress, @Nullable String reason, Instant createdAt) {

    static BlockedIpRow fromDomain(BlockedIp entry) {
        return new BlockedIpRow(entry.id() == null ? null : entry.id().value(), entry.rule(), entry.reason(),
                entry.createdAt());
    }

    BlockedIp toDomain() {
        return new BlockedIp(new BlockedIpId(id), CidrRange.parse(ipAddress), reason, createdAt);
    }
}
