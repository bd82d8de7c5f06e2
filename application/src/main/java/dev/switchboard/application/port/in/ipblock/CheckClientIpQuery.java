package dev.switchboard.application.port.in.ipblock;

import dev.switchboard.domain.ipblock.BlockedIp;
import java.util.Optional;

/** Query: the blocklist entry that covers a client IP. In memory, microseconds, safe on the event loop. */
public interface CheckClientIpQuery {

    /** Empty when the address is not blocked or is not a valid IP literal. */
    Optional<BlockedIp> blockingRule(String clientIp);
}
