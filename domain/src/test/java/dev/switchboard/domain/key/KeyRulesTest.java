package dev.switchboard.domain.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.domain.shared.InvalidInputException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class KeyRulesTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    @ParameterizedTest(name = "name \"{0}\" is refused")
    @CsvSource(value = {"''", "'   '", "'tab\there'"}, quoteCharacter = '\'')
    void refusesEmptyAndControlCharacterNames(String name) {
        assertEquals("name", assertThrows(InvalidInputException.class, () -> KeyRules.name(name)).field());
    }

    @Test
    void namesAreTrimmedAndAtMostAHundredCharacters() {
        assertEquals("laptop", KeyRules.name("  laptop "));
        assertEquals(100, KeyRules.name("n".repeat(100)).length());
        assertThrows(InvalidInputException.class, () -> KeyRules.name("n".repeat(101)));
        assertThrows(InvalidInputException.class, () -> KeyRules.name(null));
    }

    @Test
    void anExpiryMustBeInTheFutureOrNull() {
        assertNull(KeyRules.expiry(null, NOW));
        assertEquals(NOW.plusSeconds(1), KeyRules.expiry(NOW.plusSeconds(1), NOW));
        assertEquals("expires_at", assertThrows(InvalidInputException.class, () -> KeyRules.expiry(NOW, NOW)).field());
        assertThrows(InvalidInputException.class, () -> KeyRules.expiry(NOW.minusSeconds(1), NOW));
    }

    @Test
    void modelNamesAreFreeStringsTrimmedAndDeduplicated() {
        assertEquals(List.of("gpt-4o", "anything/new:model"), KeyRules.models(List.of(" gpt-4o", "gpt-4o ", "anything/new:model")));
        assertEquals(List.of(), KeyRules.models(null));
        assertThrows(InvalidInputException.class, () -> KeyRules.models(Arrays.asList("ok", null)));
        assertThrows(InvalidInputException.class, () -> KeyRules.models(List.of("")));
        assertThrows(InvalidInputException.class, () -> KeyRules.models(List.of("m".repeat(201))));
        assertThrows(InvalidInputException.class, () -> KeyRules.models(List.of("nul\u0000")));
    }

    @ParameterizedTest(name = "\"{0}\" is refused and named")
    @CsvSource({"10.0.0.0/33", "300.1.1.1", "2001:db8::/129", "not-an-ip", "10.0.0.0/x"})
    void aBadCidrIsRefusedNamingIt(String cidr) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> KeyRules.cidrs(List.of("10.0.0.0/8", cidr)));
        assertEquals("allowed_cidrs", e.field());
        assertTrue(e.getMessage().contains(cidr), e.getMessage());
    }

    @Test
    void cidrsAreReadByTheBlocklistParserAndNormalised() {
        assertEquals(List.of("10.0.0.0/8", "2001:db8::/32", "192.0.2.7"),
                KeyRules.cidrs(List.of("10.1.2.3/8", "2001:db8::/32", "192.0.2.7", "10.0.0.0/8")).stream()
                        .map(Object::toString).toList());
    }
}
