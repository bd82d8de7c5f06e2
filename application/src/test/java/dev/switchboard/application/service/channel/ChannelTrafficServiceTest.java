package dev.switchboard.application.service.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.switchboard.application.error.NoCapacityException;
import dev.switchboard.application.fake.InMemoryChannelRepository;
import dev.switchboard.application.fake.InMemoryRateLimiter;
import dev.switchboard.application.fake.InMemorySettingsRepository;
import dev.switchboard.application.fake.MutableClock;
import dev.switchboard.application.fake.RecordingUsageLog;
import dev.switchboard.application.fake.ReversingCipher;
import dev.switchboard.application.fake.ScriptedUpstream;
import dev.switchboard.application.fake.WordTokenCounter;
import dev.switchboard.application.port.in.channel.ChannelDraft;
import dev.switchboard.application.port.in.chat.ChatCall;
import dev.switchboard.application.port.in.chat.Requester;
import dev.switchboard.domain.chat.ChatPrompt;
import dev.switchboard.application.service.chat.RelayChatService;
import dev.switchboard.application.service.settings.SettingsService;
import dev.switchboard.domain.channel.ChannelId;
import dev.switchboard.domain.settings.SystemSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class ChannelTrafficServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T08:00:00Z"));
    private final InMemoryChannelRepository repo = new InMemoryChannelRepository();
    private final ChannelService channels = new ChannelService(repo, new ReversingCipher(), clock);
    private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(clock);
    private final RelayChatService relay = new RelayChatService(repo, new ReversingCipher(), new ScriptedUpstream(),
            limiter, new SettingsService(new InMemorySettingsRepository(), new SystemSettings(1000, 1000, 90)),
            new WordTokenCounter(), new RecordingUsageLog(), clock);
    private final ChannelTrafficService traffic = new ChannelTrafficService(limiter);

    private ChannelId channel(String host, String model, int rpm) {
        return channels.create(new ChannelDraft(host, "http://" + host + "/v1", "sk-key-" + host, model, rpm, true)).id();
    }

    private void chat(String model) {
        try {
            relay.relay(new ChatCall(Requester.guest("10.0.0.1"), ChatPrompt.simple(model, "hi", 10), false)).join();
        } catch (CompletionException e) {
            throw (RuntimeException) e.getCause();
        }
    }

    @Test
    void countsTheRequestsTheRelaySentToEachChannelInTheLastMinute() {
        ChannelId a = channel("a", "ma", 100);
        ChannelId b = channel("b", "mb", 100);
        chat("ma");
        chat("ma");
        chat("mb");
        assertEquals(2, traffic.callsLastMinute(a));
        assertEquals(1, traffic.callsLastMinute(b));
    }

    @Test
    void forgetsRequestsOnceTheyLeaveTheRollingWindow() {
        ChannelId a = channel("a", "m", 100);
        chat("m");
        clock.advance(Duration.ofSeconds(30));
        chat("m");
        clock.advance(Duration.ofSeconds(31));
        assertEquals(1, traffic.callsLastMinute(a));
        clock.advance(Duration.ofSeconds(30));
        assertEquals(0, traffic.callsLastMinute(a));
    }

    @Test
    void requestsTurnedAwayForLackOfRoomAreNotCounted() {
        ChannelId a = channel("a", "m", 2);
        chat("m");
        chat("m");
        assertThrows(NoCapacityException.class, () -> chat("m"));
        assertEquals(2, traffic.callsLastMinute(a));
    }

    @Test
    void aChannelNothingWasSentToReadsZero() {
        channel("a", "m", 100);
        assertEquals(0, traffic.callsLastMinute(new ChannelId(42)));
    }
}
