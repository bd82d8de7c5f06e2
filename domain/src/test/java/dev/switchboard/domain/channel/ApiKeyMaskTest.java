package dev.switchboard.domain.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ApiKeyMaskTest {

    @Test
    void keepsTheProviderPrefixAndTheLastFourCharacters() {
        assertEquals("sk-…a1b2", ApiKeyMask.of("sk-proj-0123456789abcdefa1b2"));
    }

    @Test
    void showsNothingOfAShortKey() {
        assertEquals("****", ApiKeyMask.of("short-key"));
    }

    @Test
    void neverContainsTheMiddleOfTheKey() {
        String key = "AIzaSyD-verysecretmiddlepart-9f8e";
        assertFalse(ApiKeyMask.of(key).contains("secret"));
    }
}
