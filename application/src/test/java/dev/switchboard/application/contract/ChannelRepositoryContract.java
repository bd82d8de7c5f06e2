package dev.switchboard.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.port.out.channel.ChannelRepository;
import dev.switchboard.domain.channel.BaseUrl;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.ChannelId;
import dev.switchboard.domain.channel.ChannelPrices;
import dev.switchboard.domain.channel.ChannelType;
import dev.switchboard.domain.channel.ReasoningSetting;
import dev.switchboard.domain.channel.UpstreamProfile;
import dev.switchboard.domain.channel.SealedSecret;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** What every {@link ChannelRepository} must do; run against the fake and each real database. */
public abstract class ChannelRepositoryContract {

    protected abstract ChannelRepository repository();

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    private static Channel newChannel(String name, boolean enabled) {
        return new Channel(null, name, new BaseUrl("https://api.example.com/v1"), new SealedSecret("v1:abc"),
                "sk-…abcd", "model-x", 42, enabled, NOW, NOW);
    }

    @Test
    void savesAndReadsBackEveryField() {
        Channel saved = repository().save(newChannel("first", false));
        assertNotNull(saved.id());
        Channel read = repository().findById(saved.id()).orElseThrow();
        assertEquals(saved, read);
        assertEquals("v1:abc", read.apiKey().cipherText());
        assertFalse(read.enabled());
        assertEquals(42, read.rpmLimit());
    }

    @Test
    void keepsTheUpstreamProfileAndGivesOldChannelsTheOpenAiDefaults() {
        UpstreamProfile profile = new UpstreamProfile(ChannelType.ANTHROPIC, "claude-sonnet-4-5",
                new ReasoningSetting(ReasoningSetting.Mode.BUDGET, 2048), 200_000, true, 5, 30);
        Channel base = newChannel("claude", true);
        Channel saved = repository().save(new Channel(null, base.name(), base.baseUrl(), base.apiKey(),
                base.apiKeyMask(), base.modelId(), base.rpmLimit(), true, NOW, NOW, profile));
        assertEquals(profile, repository().findById(saved.id()).orElseThrow().profile());
        Channel plain = repository().save(newChannel("plain", true));
        assertEquals(UpstreamProfile.DEFAULT, repository().findById(plain.id()).orElseThrow().profile());
        assertEquals("model-x", plain.upstreamModel());
    }

    @Test
    void keepsExactDecimalPricesAndNullForUnpriced() {
        ChannelPrices prices = new ChannelPrices(new BigDecimal("0.15"), new BigDecimal("600"),
                new BigDecimal("0.000000001"));
        Channel base = newChannel("priced", true);
        Channel saved = repository().save(new Channel(null, base.name(), base.baseUrl(), base.apiKey(),
                base.apiKeyMask(), base.modelId(), base.rpmLimit(), true, NOW, NOW, UpstreamProfile.DEFAULT, prices));
        assertEquals(prices, repository().findById(saved.id()).orElseThrow().prices());
        Channel plain = repository().save(newChannel("unpriced", true));
        assertEquals(ChannelPrices.UNPRICED, repository().findById(plain.id()).orElseThrow().prices());
    }

    @Test
    void updatesInPlaceAndListsInCreationOrder() {
        Channel a = repository().save(newChannel("a", true));
        Channel b = repository().save(newChannel("b", true));
        Channel renamed = repository().save(new Channel(a.id(), "a2", a.baseUrl(), a.apiKey(), a.apiKeyMask(),
                a.modelId(), 7, false, a.createdAt(), NOW.plusSeconds(1)));
        assertEquals("a2", repository().findById(a.id()).orElseThrow().name());
        assertEquals(renamed, repository().findById(a.id()).orElseThrow());
        var ids = repository().findAll().stream().map(c -> c.id().value()).toList();
        assertTrue(ids.indexOf(a.id().value()) < ids.indexOf(b.id().value()));
    }

    @Test
    void deletesOnceAndReportsUnknownIds() {
        Channel c = repository().save(newChannel("gone", true));
        assertTrue(repository().delete(c.id()));
        assertFalse(repository().delete(c.id()));
        assertTrue(repository().findById(c.id()).isEmpty());
        assertFalse(repository().delete(new ChannelId(999_999)));
    }
}
