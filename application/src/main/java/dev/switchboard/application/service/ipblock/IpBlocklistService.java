package dev.switchboard.application.service.ipblock;

import dev.switchboard.application.error.ConflictException;
import dev.switchboard.application.error.NotFoundException;
import dev.switchboard.application.port.in.ipblock.CheckClientIpQuery;
import dev.switchboard.application.port.in.ipblock.ManageBlockedIpsUseCase;
import dev.switchboard.application.port.out.change.ChangeFeed;
import dev.switchboard.application.port.out.change.ChangeKind;
import dev.switchboard.application.port.out.ipblock.BlockedIpRepository;
import dev.switchboard.domain.ipblock.BlockedIp;
import dev.switchboard.domain.ipblock.BlockedIpId;
import dev.switchboard.domain.ipblock.CidrRange;
import dev.switchboard.domain.ipblock.IpAddress;
import dev.switchboard.domain.ipblock.RangeIndex;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The IP blocklist: admin changes go to the repository, and the rules are recompiled into an in-memory
 * {@link RangeIndex} after each change (and on {@link #refresh}, for changes made by other instances),
 * so checking a client costs a parse and a binary search, never a database call.
 */
public class IpBlocklistService implements ManageBlockedIpsUseCase, CheckClientIpQuery {

    private final BlockedIpRepository repository;
    private final Clock clock;
    private final ChangeFeed changes;
    private volatile RangeIndex<BlockedIp> rules = RangeIndex.empty();

    public IpBlocklistService(BlockedIpRepository repository, Clock clock) {
        this(repository, clock, ChangeFeed.NONE);
    }

    /** @param changes told after every change, so every instance reloads its rules */
    public IpBlocklistService(BlockedIpRepository repository, Clock clock, ChangeFeed changes) {
        this.repository = repository;
        this.clock = clock;
        this.changes = changes;
    }

    @Override
    public List<BlockedIp> list() {
        return repository.findAll();
    }

    @Override
    public BlockedIp block(String ipAddressOrCidr, String reason) {
        CidrRange range = CidrRange.parse(ipAddressOrCidr);
        boolean duplicate = repository.findAll().stream().anyMatch(e -> e.range().equals(range));
        if (duplicate) {
            throw new ConflictException(range + " is already blocked");
        }
        BlockedIp added = repository.add(new BlockedIp(null, range, reason, clock.instant()));
        refresh();
        changes.publish(ChangeKind.BLOCKLIST);
        return added;
    }

    @Override
    public void unblock(BlockedIpId id) {
        if (!repository.delete(id)) {
            throw new NotFoundException("blocked IP " + id.value() + " does not exist");
        }
        refresh();
        changes.publish(ChangeKind.BLOCKLIST);
    }

    @Override
    public Optional<BlockedIp> blockingRule(String clientIp) {
        RangeIndex<BlockedIp> current = rules;
        if (current.isEmpty()) {
            return Optional.empty();
        }
        return IpAddress.tryParse(clientIp).flatMap(current::find);
    }

    /** Reloads and recompiles the rules; synchronized so an older snapshot never replaces a newer one. */
    public synchronized void refresh() {
        rules = RangeIndex.of(repository.findAll(), BlockedIp::range);
    }
}
