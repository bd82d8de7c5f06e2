package dev.switchboard.domain.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.switchboard.domain.shared.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChannelTest {

    private static Channel channel(String name, String model, int rpm) {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        return new Channel(null, name, new BaseUrl("https://api.openai.com/v1"), new SealedSecret("x"),
                "****", model, rpm, true, now, now);
    }

    @Test
    void trimsNameAndModel() {
        Channel c = channel("  OpenAI ", " gpt-4o ", 60);
        assertEquals("OpenAI", c.name());
        assertEquals("gpt-4o", c.modelId());
    }

    @Test
    void requiresANameAndAModel() {
        assertEquals("name", assertThrows(InvalidInputException.class, () -> channel(" ", "m", 1)).field());
        assertEquals("model_id", assertThrows(InvalidInputException.class, () -> channel("n", "", 1)).field());
    }

    @Test
    void limitsRpmToOneThroughOneHundredThousand() {
        assertThrows(InvalidInputException.class, () -> channel("n", "m", 0));
        assertThrows(InvalidInputException.class, () -> channel("n", "m", 100_001));
        assertEquals(100_000, channel("n", "m", 100_000).rpmLimit());
    }

    @Test
    void sealedSecretNeverPrintsItsContent() {
        assertEquals("SealedSecret[***]", new SealedSecret("cipher").toString());
    }
}
