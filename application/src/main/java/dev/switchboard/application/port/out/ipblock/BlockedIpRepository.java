package dev.switchboard.application.port.out.ipblock;

import dev.switchboard.domain.ipblock.BlockedIp;
import dev.switchboard.domain.ipblock.BlockedIpId;
import java.util.List;

/** Stored blocklist entries. */
public interface BlockedIpRepository {

    /** @throws dev.switchboard.application.error.ConflictException when the same rule is already stored */
    BlockedIp add(BlockedIp entry);

    /** All entries, newest first. */
    List<BlockedIp> findAll();

    /** @return false when there was no such entry */
    boolean delete(BlockedIpId id);
}
