package dev.switchboard.application.service.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.error.NotFoundException;
import dev.switchboard.application.fake.InMemoryChannelRepository;
import dev.switchboard.application.fake.MutableClock;
import dev.switchboard.application.fake.ReversingCipher;
import dev.switchboard.application.port.in.channel.ChannelDraft;
import dev.switchboard.application.port.in.channel.PricesEdit;
import dev.switchboard.domain.channel.ChannelPrices;
import java.math.BigDecimal;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.ChannelId;
import dev.switchboard.domain.shared.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChannelServiceTest {

    private static final String KEY = "sk-test-0123456789abcdefWXYZ";

    private final InMemoryChannelRepository repo = new InMemoryChannelRepository();
    private final ReversingCipher cipher = new ReversingCipher();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T00:00:00Z"));
    private final ChannelService service = new ChannelService(repo, cipher, clock);

    private Channel created() {
        return service.create(new ChannelDraft("OpenAI", "https://api.openai.com/v1/", KEY, "gpt-4o-mini", null, null));
    }

    @Test
    void createsWithDefaultsAndASealedMaskedKey() {
        Channel c = created();
        assertEquals(60, c.rpmLimit());
        assertTrue(c.enabled());
        assertEquals("https://api.openai.com/v1", c.baseUrl().value());
        assertEquals("sk-…WXYZ", c.apiKeyMask());
        assertNotEquals(KEY, c.apiKey().cipherText());
        assertEquals(KEY, cipher.open(c.apiKey()));
    }

    @Test
    void anEditWithoutAKeyKeepsTheStoredKey() {
        Channel c = created();
        clock.advance(Duration.ofMinutes(5));
        Channel edited = service.update(c.id(), new ChannelDraft("Renamed", null, null, null, 120, false));
        assertEquals("Renamed", edited.name());
        assertEquals(120, edited.rpmLimit());
        assertEquals(false, edited.enabled());
        assertEquals(KEY, cipher.open(edited.apiKey()));
        assertEquals(c.createdAt(), edited.createdAt());
        assertEquals(c.createdAt().plus(Duration.ofMinutes(5)), edited.updatedAt());
    }

    @Test
    void pricesNotSentAreKeptAndPricesSentAsNullAreCleared() {
        Channel c = service.create(new ChannelDraft("OpenAI", "https://api.openai.com/v1", KEY, "gpt-4o", null, null,
                null, null, null, null, null, null, null, new PricesEdit(true, new BigDecimal("2.50"), true,
                new BigDecimal("10"), false, null)));
        assertEquals(new BigDecimal("2.5"), c.prices().input());
        Channel edited = service.update(c.id(), new ChannelDraft(null, null, null, null, null, null, null, null, null,
                null, null, null, null, new PricesEdit(false, null, true, null, true, new BigDecimal("1.25"))));
        assertEquals(new ChannelPrices(new BigDecimal("2.5"), null, new BigDecimal("1.25")), edited.prices());
        assertEquals(edited.prices(), service.update(c.id(), new ChannelDraft("x", null, null, null, null, null)).prices());
    }

    @Test
    void anEditWithANewKeyReplacesKeyAndMask() {
        Channel c = created();
        Channel edited = service.update(c.id(), new ChannelDraft(null, null, "sk-new-key-abcdefgh1234", null, null, null));
        assertEquals("sk-new-key-abcdefgh1234", cipher.open(edited.apiKey()));
        assertEquals("sk-…1234", edited.apiKeyMask());
    }

    @Test
    void refusesAChannelWithoutKeyOrWithABadUrl() {
        assertEquals("api_key", assertThrows(InvalidInputException.class,
                () -> service.create(new ChannelDraft("n", "https://h/v1", " ", "m", null, null))).field());
        assertEquals("base_url", assertThrows(InvalidInputException.class,
                () -> service.create(new ChannelDraft("n", "h/v1", KEY, "m", null, null))).field());
        assertTrue(repo.findAll().isEmpty());
    }

    @Test
    void unknownIdsAreNotFound() {
        assertThrows(NotFoundException.class, () -> service.get(new ChannelId(99)));
        assertThrows(NotFoundException.class, () -> service.delete(new ChannelId(99)));
        assertThrows(NotFoundException.class, () -> service.update(new ChannelId(99), new ChannelDraft(null, null, null, null, null, null)));
    }
}
