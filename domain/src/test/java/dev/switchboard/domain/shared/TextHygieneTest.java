package dev.switchboard.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.switchboard.domain.channel.BaseUrl;
import dev.switchboard.domain.ipblock.BlockedIp;
import dev.switchboard.domain.ipblock.CidrRange;
import dev.switchboard.domain.user.EmailAddress;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextHygieneTest {

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b@example.com", "ab@exa\u0007mple.com", "ab@example.com\u0000", "ab@example.com\n",
            "ab\u007F@example.com", "ab\u0085@example.com"})
    void emailsRefuseControlCharacters(String email) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new EmailAddress(email));
        assertEquals("email", e.field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpt\u0000-4o", "name\nwith a break", "tab\there", "\u001b[31mred"})
    void namesAndModelIdsRefuseControlCharacters(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Require.text("model_id", text, 200));
        assertEquals("model_id must not contain control characters", e.getMessage());
    }

    @Test
    void ordinaryUnicodeIsFine() {
        assertEquals("通义千问 – ü", Require.text("name", " 通义千问 – ü ", 100));
        assertEquals("josé@example.com", new EmailAddress("José@example.com").value());
    }

    @Test
    void aReasonMayBreakLinesButNotHoldNul() {
        CidrRange range = CidrRange.parse("192.0.2.1");
        assertEquals("spam\nfrom here", new BlockedIp(null, range, "spam\nfrom here", Instant.EPOCH).reason());
        assertThrows(InvalidInputException.class, () -> new BlockedIp(null, range, "spam\u0000", Instant.EPOCH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user:secret@api.example.com/v1", "https://token@api.example.com/v1",
            "http://a:b@127.0.0.1:8080", "https://:pw@api.example.com"})
    void aBaseUrlWithCredentialsIsRefusedWithAPointerToTheKeyField(String url) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new BaseUrl(url));
        assertEquals("base_url must not contain a user name or password: put credentials in the API key field",
                e.getMessage());
    }

    @Test
    void aBaseUrlWithControlCharactersIsRefused() {
        assertThrows(InvalidInputException.class, () -> new BaseUrl("https://api.example.com/v1\u0000"));
    }
}
