package dev.switchboard.bootstrap;

import dev.switchboard.application.service.ipblock.IpBlocklistService;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/** Reloads the blocklist now and then, so rules changed through another instance apply here too. */
@Singleton
class BlocklistRefresh {

    private final IpBlocklistService blocklist;

    BlocklistRefresh(IpBlocklistService blocklist) {
        this.blocklist = blocklist;
    }

    @Scheduled(fixedDelay = "${switchboard.blocklist.refresh-interval:30s}", initialDelay = "30s")
    void reload() {
        blocklist.refresh();
    }
}
