package dev.switchboard.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.switchboard.domain.shared.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void trimsAndLowerCasesSoComparisonIgnoresCase() {
        assertEquals(new EmailAddress("alice@example.com"), new EmailAddress("  Alice@Example.COM "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "alice", "alice@", "@example.com", "a b@example.com", "alice@example", "a@@b.com"})
    void rejectsSomethingThatIsNotAnAddress(String raw) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new EmailAddress(raw));
        assertEquals("email", e.field());
    }

    @Test
    void rejectsAnAddressLongerThan254Characters() {
        String local = "a".repeat(250);
        assertThrows(InvalidInputException.class, () -> new EmailAddress(local + "@example.com"));
    }

    @Test
    void acceptsInternationalDomains() {
        assertEquals("用户@例子.中国", new EmailAddress("用户@例子.中国").value());
    }
}
