package dev.switchboard.bootstrap;

import dev.switchboard.application.service.change.ChangeFeedService;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/** The healing path of the change feed: compares the version rows now and then (10 s by default). */
@Singleton
class ChangeVersionCheck {

    private final ChangeFeedService feed;

    ChangeVersionCheck(ChangeFeedService feed) {
        this.feed = feed;
    }

    @Scheduled(fixedDelay = "${switchboard.changes.check-interval:10s}", initialDelay = "1s")
    void check() {
        feed.checkVersions();
    }
}
