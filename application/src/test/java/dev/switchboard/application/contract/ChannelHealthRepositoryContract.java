package dev.switchboard.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.port.out.channel.ChannelHealthRepository;
import dev.switchboard.application.port.out.channel.ChannelRepository;
import dev.switchboard.domain.channel.AutoDisabled;
import dev.switchboard.domain.channel.BaseUrl;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.ChannelError;
import dev.switchboard.domain.channel.ChannelId;
import dev.switchboard.domain.channel.SealedSecret;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link ChannelHealthRepository} must do; run against the fake and each real database. */
public abstract class ChannelHealthRepositoryContract {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    protected abstract ChannelHealthRepository repository();

    protected abstract ChannelRepository channels();

    private ChannelId newChannel() {
        return channels().save(new Channel(null, "health", new BaseUrl("https://api.example.com/v1"),
                new SealedSecret("v1:abc"), "sk-…abcd", "model-h", 60, true, NOW, NOW)).id();
    }

    @Test
    void keepsAnAutoDisableWithItsReasonUntilCleared() {
        ChannelId id = newChannel();
        repository().markAutoDisabled(new AutoDisabled(id, "500 from upstream", NOW));
        repository().markAutoDisabled(new AutoDisabled(id, "401 from upstream", NOW.plusSeconds(1)));
        List<AutoDisabled> found = repository().findAutoDisabled().stream()
                .filter(d -> d.channelId().equals(id)).toList();
        assertEquals(List.of(new AutoDisabled(id, "401 from upstream", NOW.plusSeconds(1))), found);
        assertTrue(repository().clearAutoDisabled(id));
        assertFalse(repository().clearAutoDisabled(id));
        assertTrue(repository().findAutoDisabled().stream().noneMatch(d -> d.channelId().equals(id)));
    }

    @Test
    void keepsTheNewestFiftyErrorsPerChannelNewestFirst() {
        ChannelId id = newChannel();
        ChannelId other = newChannel();
        for (int i = 0; i < 55; i++) {
            repository().addError(new ChannelError(id, NOW.plusSeconds(i), 500, "server_error", "boom " + i));
        }
        repository().addError(new ChannelError(other, NOW, 429, "rate_limit_error", "slow down"));
        List<ChannelError> kept = repository().recentErrors(id);
        assertEquals(ChannelError.KEPT_PER_CHANNEL, kept.size());
        assertEquals(new ChannelError(id, NOW.plusSeconds(54), 500, "server_error", "boom 54"), kept.get(0));
        assertEquals("boom 5", kept.get(49).message());
        assertEquals(1, repository().recentErrors(other).size());
    }

    @Test
    void keepsNothingForAChannelThatIsGone() {
        ChannelId id = newChannel();
        repository().addError(new ChannelError(id, NOW, 500, "server_error", "boom"));
        repository().markAutoDisabled(new AutoDisabled(id, "401 from upstream", NOW));
        repository().forget(id);
        channels().delete(id);
        ChannelId missing = new ChannelId(id.value() + 100_000);
        repository().addError(new ChannelError(missing, NOW, 500, "server_error", "late"));
        repository().markAutoDisabled(new AutoDisabled(missing, "late", NOW));
        assertEquals(List.of(), repository().recentErrors(id));
        assertEquals(List.of(), repository().recentErrors(missing));
        assertTrue(repository().findAutoDisabled().stream()
                .noneMatch(d -> d.channelId().equals(id) || d.channelId().equals(missing)));
    }
}
