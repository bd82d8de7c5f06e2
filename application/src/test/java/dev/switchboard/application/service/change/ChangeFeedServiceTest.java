package dev.switchboard.application.service.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.port.out.change.ChangeBroadcast;
import dev.switchboard.application.port.out.change.ChangeKind;
import dev.switchboard.application.port.out.change.ChangeVersions;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ChangeFeedServiceTest {

    /** One shared "database" of versions, as every instance sees it. */
    private static final class SharedVersions implements ChangeVersions {
        final Map<ChangeKind, Long> rows = new EnumMap<>(ChangeKind.class);

        @Override
        public synchronized long bump(ChangeKind kind) {
            return rows.merge(kind, 1L, Long::sum);
        }

        @Override
        public synchronized Map<ChangeKind, Long> current() {
            return new EnumMap<>(rows);
        }
    }

    /** A pub/sub that delivers to every subscriber, or drops everything when told to. */
    private static final class Bus implements ChangeBroadcast {
        final List<Consumer<ChangeKind>> receivers = new ArrayList<>();
        boolean dropping;
        int sent;

        @Override
        public void send(ChangeKind kind) {
            sent++;
            if (!dropping) {
                receivers.forEach(r -> r.accept(kind));
            }
        }

        @Override
        public void subscribe(Consumer<ChangeKind> receiver) {
            receivers.add(receiver);
        }
    }

    private final SharedVersions versions = new SharedVersions();
    private final Bus bus = new Bus();

    private ChangeFeedService instance() {
        return new ChangeFeedService(versions, bus, Runnable::run);
    }

    @Test
    void aPublishedChangeRunsTheListenersHereAndBumpsTheVersion() {
        ChangeFeedService feed = new ChangeFeedService(versions, null, Runnable::run);
        AtomicInteger reloads = new AtomicInteger();
        feed.onChange(ChangeKind.SETTINGS, reloads::incrementAndGet);
        feed.publish(ChangeKind.SETTINGS);
        assertEquals(1, reloads.get());
        assertEquals(1L, versions.current().get(ChangeKind.SETTINGS));
    }

    @Test
    void anotherInstanceReloadsWhenTheMessageArrivesAndNotAgainAtTheNextCheck() {
        ChangeFeedService a = instance();
        ChangeFeedService b = instance();
        b.checkVersions(); // baseline
        AtomicInteger reloads = new AtomicInteger();
        b.onChange(ChangeKind.BLOCKLIST, reloads::incrementAndGet);
        a.publish(ChangeKind.BLOCKLIST);
        assertTrue(reloads.get() >= 1);
        int afterMessage = reloads.get();
        b.checkVersions();
        assertEquals(afterMessage, reloads.get());
    }

    @Test
    void aLostMessageIsHealedByTheVersionCheck() {
        ChangeFeedService a = instance();
        ChangeFeedService b = instance();
        b.checkVersions();
        AtomicInteger reloads = new AtomicInteger();
        b.onChange(ChangeKind.CHANNELS, reloads::incrementAndGet);
        bus.dropping = true;
        a.publish(ChangeKind.CHANNELS);
        assertEquals(0, reloads.get());
        b.checkVersions();
        assertEquals(1, reloads.get());
        b.checkVersions();
        assertEquals(1, reloads.get(), "a version is acted on once");
    }

    @Test
    void onlyTheChangedKindReloads() {
        ChangeFeedService a = instance();
        ChangeFeedService b = instance();
        AtomicInteger keys = new AtomicInteger();
        AtomicInteger settings = new AtomicInteger();
        b.onChange(ChangeKind.KEYS, keys::incrementAndGet);
        b.onChange(ChangeKind.SETTINGS, settings::incrementAndGet);
        a.publish(ChangeKind.KEYS);
        assertTrue(keys.get() >= 1);
        assertEquals(0, settings.get());
    }

    @Test
    void aFailedReloadIsRetriedAtTheNextCheck() {
        ChangeFeedService a = instance();
        ChangeFeedService b = instance();
        b.checkVersions();
        AtomicInteger attempts = new AtomicInteger();
        b.onChange(ChangeKind.USERS, () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("database busy");
            }
        });
        bus.dropping = true;
        a.publish(ChangeKind.USERS);
        b.checkVersions();
        assertEquals(1, attempts.get());
        b.checkVersions();
        assertEquals(2, attempts.get());
    }

    @Test
    void theFirstCheckOnlyTakesTheBaseline() {
        versions.bump(ChangeKind.GROUPS);
        ChangeFeedService fresh = instance();
        AtomicInteger reloads = new AtomicInteger();
        fresh.onChange(ChangeKind.GROUPS, reloads::incrementAndGet);
        fresh.checkVersions();
        assertEquals(0, reloads.get(), "a starting instance loads everything anyway");
    }
}
