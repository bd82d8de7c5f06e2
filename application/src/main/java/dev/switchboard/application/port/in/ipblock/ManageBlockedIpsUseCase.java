package dev.switchboard.application.port.in.ipblock;

import dev.switchboard.domain.ipblock.BlockedIp;
import dev.switchboard.domain.ipblock.BlockedIpId;
import java.util.List;

/** Use case: the admin lists, adds and removes blocked addresses and CIDR ranges. */
public interface ManageBlockedIpsUseCase {

    List<BlockedIp> list();

    /** @throws dev.switchboard.domain.shared.InvalidInputException for a bad address or prefix */
    BlockedIp block(String ipAddressOrCidr, String reason);

    void unblock(BlockedIpId id);
}
