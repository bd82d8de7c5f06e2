package dev.switchboard.application.service.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.fake.InMemoryChannelHealthRepository;
import dev.switchboard.application.fake.InMemoryChannelRepository;
import dev.switchboard.application.fake.InMemoryHealthSettingsRepository;
import dev.switchboard.application.fake.MutableClock;
import dev.switchboard.application.fake.ReversingCipher;
import dev.switchboard.application.port.in.channel.ChannelTestResult;
import dev.switchboard.application.port.out.change.ChangeFeed;
import dev.switchboard.application.port.out.change.ChangeKind;
import dev.switchboard.application.port.out.chat.UpstreamFailure;
import dev.switchboard.application.port.out.chat.UpstreamFailure.Kind;
import dev.switchboard.application.service.settings.HealthSettingsService;
import dev.switchboard.domain.channel.BaseUrl;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.ChannelStatus;
import dev.switchboard.domain.settings.HealthSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ChannelHealthServiceTest {

    private static final String KEY = "sk-secret-key-0123456789abcdef";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T00:00:00Z"));
    private final InMemoryChannelRepository channels = new InMemoryChannelRepository();
    private final InMemoryChannelHealthRepository store = new InMemoryChannelHealthRepository(channels);
    private final ReversingCipher cipher = new ReversingCipher();
    private final List<ChangeKind> published = new CopyOnWriteArrayList<>();
    private final ChangeFeed feed = new ChangeFeed() {
        @Override
        public void publish(ChangeKind kind) {
            published.add(kind);
        }

        @Override
        public void onChange(ChangeKind kind, Runnable listener) {
        }
    };
    private final HealthSettingsService settings =
            new HealthSettingsService(new InMemoryHealthSettingsRepository(), ChangeFeed.NONE);
    private final ChannelHealthService health =
            new ChannelHealthService(store, channels, settings, cipher, feed, Runnable::run, clock);

    private Channel channel(boolean enabled) {
        Instant now = clock.instant();
        return channels.save(new Channel(null, "c", new BaseUrl("https://api.example.com/v1"), cipher.seal(KEY),
                "sk-…cdef", "m", 60, enabled, now, now));
    }

    private static UpstreamFailure status(int code) {
        return new UpstreamFailure(Kind.STATUS, "the upstream answered HTTP " + code + ": bad key " + KEY, code, "");
    }

    @Test
    void aBadKeyTakesTheChannelOutAtOnceForEveryInstanceAndTheErrorIsKeptWithoutTheKey() {
        Channel c = channel(true);
        health.failed(c, status(401));
        assertFalse(health.usable(c));
        assertEquals(ChannelStatus.AUTO_DISABLED, health.condition(c).status());
        assertEquals("401 from upstream", health.condition(c).disabledReason());
        assertEquals(List.of(ChangeKind.CHANNELS), published);
        assertEquals(1, store.findAutoDisabled().size(), "shared through the database");
        var errors = health.recentErrors(c.id());
        assertEquals(401, errors.get(0).status());
        assertFalse(errors.get(0).message().contains(KEY), errors.get(0).message());

        ChannelHealthService otherInstance =
                new ChannelHealthService(store, channels, settings, cipher, feed, Runnable::run, clock);
        assertTrue(otherInstance.usable(c));
        otherInstance.reload();
        assertFalse(otherInstance.usable(c));
    }

    @Test
    void aSuccessResetsTheConsecutiveFailureCounter() {
        Channel c = channel(true);
        for (int i = 0; i < 4; i++) {
            health.failed(c, status(500));
        }
        health.succeeded(c);
        for (int i = 0; i < 4; i++) {
            health.failed(c, status(500));
        }
        assertTrue(health.usable(c), "4 + 4 with a success between is no streak of 5");
        health.failed(c, status(500));
        assertFalse(health.usable(c));
        assertEquals("5 failures in a row, last: 500 from upstream", health.condition(c).disabledReason());
    }

    @Test
    void aCoolDownEndsByItself() {
        Channel c = channel(true);
        health.failed(c, status(429).withRetryAfter(2));
        assertFalse(health.usable(c));
        assertEquals(ChannelStatus.ENABLED, health.condition(c).status());
        assertEquals(clock.instant().plusSeconds(2), health.condition(c).coolingUntil());
        assertEquals(2, health.secondsUntilUsable(List.of(c)));
        clock.advance(Duration.ofSeconds(2));
        assertTrue(health.usable(c));
        assertNull(health.condition(c).coolingUntil());
    }

    @Test
    void theProbeBringsAChannelBackWhenItAnswersOnlyWhenDueAndNeverOneTheAdminDisabled() {
        Channel c = channel(true);
        Channel off = channel(false);
        health.failed(c, status(401));
        health.failed(off, status(401));
        AtomicBoolean answers = new AtomicBoolean(false);
        AtomicInteger probes = new AtomicInteger();
        List<Long> probed = new CopyOnWriteArrayList<>();
        ChannelProbeService probe = new ChannelProbeService(channels, health, id -> {
            probes.incrementAndGet();
            probed.add(id.value());
            return new ChannelTestResult(answers.get(), 5, answers.get() ? null : "401");
        }, settings, Runnable::run, clock);

        assertEquals(0, probe.tick(), "not due before channel_probe_seconds");
        clock.advance(Duration.ofSeconds(60));
        assertEquals(1, probe.tick());
        assertFalse(health.usable(c));
        assertEquals(0, probe.tick(), "the next one is a full interval later");
        answers.set(true);
        clock.advance(Duration.ofSeconds(60));
        probe.tick();
        assertTrue(health.usable(c));
        assertEquals(ChannelStatus.ENABLED, health.condition(c).status());
        assertTrue(store.findAutoDisabled().stream().noneMatch(d -> d.channelId().equals(c.id())));
        assertEquals(List.of(c.id().value(), c.id().value()), probed, "the admin-disabled channel is never probed");
    }

    @Test
    void noProbeRunsWhileAutoDisableIsOff() {
        Channel c = channel(true);
        health.failed(c, status(403));
        settings.update(new HealthSettings(false, 5, 60));
        clock.advance(Duration.ofMinutes(5));
        ChannelProbeService probe = new ChannelProbeService(channels, health,
                id -> new ChannelTestResult(true, 1, null), settings, Runnable::run, clock);
        assertEquals(0, probe.tick());
    }

    @Test
    void onlyOneProbePerChannelIsInFlight() {
        Channel c = channel(true);
        health.failed(c, status(401));
        List<Runnable> queued = new CopyOnWriteArrayList<>();
        ChannelProbeService probe = new ChannelProbeService(channels, health,
                id -> new ChannelTestResult(false, 1, "x"), settings, queued::add, clock);
        clock.advance(Duration.ofSeconds(60));
        assertEquals(1, probe.tick());
        clock.advance(Duration.ofSeconds(600));
        assertEquals(0, probe.tick(), "the first has not finished");
        queued.get(0).run();
        assertEquals(1, probe.tick());
    }

    @Test
    void theAdminEnablingAChannelClearsItsAutoDisable() {
        Channel c = channel(true);
        health.failed(c, status(402));
        var admin = new HealthAwareChannels(new ChannelService(channels, cipher, clock), health);
        admin.update(c.id(), new dev.switchboard.application.port.in.channel.ChannelDraft(null, null, null, null,
                null, true));
        assertTrue(health.usable(c));
        assertEquals(ChannelStatus.ENABLED, health.condition(c).status());
    }
}
