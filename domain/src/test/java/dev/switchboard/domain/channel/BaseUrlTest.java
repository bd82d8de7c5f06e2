package dev.switchboard.domain.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.switchboard.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlTest {

    @Test
    void ignoresTrailingSlashesAndSpaces() {
        assertEquals("https://openrouter.ai/api/v1", new BaseUrl(" https://openrouter.ai/api/v1// ").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "api.openai.com/v1", "ftp://host/v1", "http://", "not a url", "https://h/v1?x=1"})
    void refusesAnythingButAnAbsoluteHttpUrl(String raw) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new BaseUrl(raw));
        assertEquals("base_url", e.field());
    }
}
