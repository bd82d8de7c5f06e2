package dev.switchboard.bootstrap;

import dev.switchboard.application.port.out.change.ChangeBroadcast;
import dev.switchboard.application.port.out.change.ChangeFeed;
import dev.switchboard.application.port.out.change.ChangeVersions;
import dev.switchboard.application.service.change.ChangeFeedService;
import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;

/** Wires the change feed: version rows always, the Redis broadcast when there is Redis. */
@Factory
class ChangeFeedFactory {

    /** Listeners reload from the database, so they run on the blocking pool, never on Redis's I/O thread. */
    @Singleton
    ChangeFeedService changeFeed(ChangeVersions versions, @Nullable ChangeBroadcast broadcast,
                                 @Named(TaskExecutors.BLOCKING) ExecutorService background) {
        return new ChangeFeedService(versions, broadcast, background);
    }
}
