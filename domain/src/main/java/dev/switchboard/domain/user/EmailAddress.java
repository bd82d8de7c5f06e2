package dev.switchboard.domain.user;

import dev.switchboard.domain.shared.InvalidInputException;
import dev.switchboard.domain.shared.Require;
import java.util.Locale;
import java.util.regex.Pattern;

/** A normalised e-mail address: trimmed and lower-cased, so comparisons are case-insensitive. */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 254;
    // Deliberately plain: one @, no spaces, a dot in the domain. Delivery is never attempted.
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("email", "email must not be empty");
        }
        Require.noControlCharacters("email", value);
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new InvalidInputException("email", "email is not a valid address");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
