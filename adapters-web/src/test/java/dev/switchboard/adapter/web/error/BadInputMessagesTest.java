package dev.switchboard.adapter.web.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BadInputMessagesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "Failed to convert argument [body] for value [null] due to: Document nesting depth (1001) exceeds the maximum allowed (1000, from `StreamReadConstraints.getMaxNestingDepth()`)"
                    + "| the JSON body is nested too deeply",
            "Failed to convert argument [body] for value [null] due to: Error decoding property [Integer guestRpm] of type [class dev.switchboard.adapter.web.settings.ConfigBody]: Numeric value (1e400) out of range"
                    + "| field 'guest_rpm' must be a whole number in range",
            "Error decoding property [Integer logRetentionDays] of type [class dev.switchboard.x.ConfigBody]: Unexpected token (VALUE_STRING)"
                    + "| field 'log_retention_days' must be a whole number",
            "Error decoding property [Boolean isEnabled] of type [class dev.switchboard.adapter.web.channel.ChannelRequest]: Unexpected token"
                    + "| field 'is_enabled' must be true or false",
            "Error decoding property [String email] of type [class dev.switchboard.adapter.web.auth.Credentials$EmailPassword]: Unexpected token (START_ARRAY)"
                    + "| field 'email' must be a text string",
            "Error decoding property [String email] of type [class x.Credentials$EmailPassword]: Invalid UTF-8 middle byte 0x28"
                    + "| the body is not valid UTF-8 text",
            "Required argument [Credentials body] not specified | a JSON body is required",
            "Failed to convert argument [page] for value [abc] due to: For input string: \"abc\" | parameter 'page' has the wrong type or format",
            "Failed to convert argument [body] for value [null] due to: Cannot deserialize value of type `java.lang.Integer` due to: Unable to coerce string to integer"
                    + "| a field of the body has the wrong type: it must be a whole number",
            "Cannot deserialize value of type `java.lang.String` from Array value | a field of the body has the wrong type: it must be a text string",
            "Unexpected character ('}' (code 125)): expected a value | the body is not valid JSON or a field has the wrong type",
            "something entirely unforeseen from io.micronaut.Foo | the body is not valid JSON or a field has the wrong type"})
    void namesTheFieldAndTheExpectationNeverTheCode(String raw, String expected) {
        assertEquals(expected, BadInputMessages.describe(raw));
    }
}
