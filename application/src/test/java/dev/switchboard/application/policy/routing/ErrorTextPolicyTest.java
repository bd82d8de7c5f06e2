package dev.switchboard.application.policy.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErrorTextPolicyTest {

    @Test
    void masksTheChannelsKeyAndAnythingKeyShaped() {
        String key = "sk-live-4f9a8b7c6d5e4f3a2b1c";
        String text = ErrorTextPolicy.clean("Incorrect API key provided: " + key + ". Also AIzaSyA1234567890abcdef "
                + "and sk-proj-abc123def456 and Bearer-token", key);
        assertFalse(text.contains(key));
        assertFalse(text.contains("4f9a8b7c"));
        assertFalse(text.contains("AIzaSy"));
        assertFalse(text.contains("sk-proj-abc123"));
        assertTrue(text.startsWith("Incorrect API key provided: …"), text);
    }

    @Test
    void cutsTheMessageAtThreeHundredCharacters() {
        String text = ErrorTextPolicy.clean("word ".repeat(200), null);
        assertEquals(300, text.length());
        assertEquals("", ErrorTextPolicy.clean(null, null));
        assertEquals("the upstream answered HTTP 500: boom",
                ErrorTextPolicy.clean("the upstream answered HTTP 500: boom", "sk-x"));
    }
}
