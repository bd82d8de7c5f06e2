package dev.switchboard.domain.user;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.switchboard.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsEightToOneHundredTwentyEightCharacters() {
        assertDoesNotThrow(() -> PasswordPolicy.check("12345678"));
        assertDoesNotThrow(() -> PasswordPolicy.check("x".repeat(128)));
    }

    @Test
    void refusesShorterLongerOrMissingPasswords() {
        assertThrows(InvalidInputException.class, () -> PasswordPolicy.check("1234567"));
        assertThrows(InvalidInputException.class, () -> PasswordPolicy.check("x".repeat(129)));
        assertThrows(InvalidInputException.class, () -> PasswordPolicy.check(null));
    }
}
