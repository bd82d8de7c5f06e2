package dev.switchboard.domain.channel;

import dev.switchboard.domain.shared.InvalidInputException;
import dev.switchboard.domain.shared.Require;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * An upstream's base URL as its provider documents it, version path included ({@code https://api.openai.com/v1},
 * {@code https://api.anthropic.com/v1}); a trailing slash is ignored. Each provider appends its own paths.
 */
public record BaseUrl(String value) {

    private static final int MAX_LENGTH = 2048;

    public BaseUrl {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("base_url", "base_url must not be empty");
        }
        value = Require.noControlCharacters("base_url", value.strip());
        while (value.endsWith("/")) {
            value = value.substring(0, value.length() - 1);
        }
        if (value.length() > MAX_LENGTH || !isAbsoluteHttp(value)) {
            throw new InvalidInputException("base_url", "base_url must be an absolute http(s) URL");
        }
        if (hasUserInfo(value)) {
            // It would be shown (and logged) as the URL; a secret belongs in the encrypted, masked key field.
            throw new InvalidInputException("base_url",
                    "base_url must not contain a user name or password: put credentials in the API key field");
        }
    }

    private static boolean hasUserInfo(String candidate) {
        try {
            return new URI(candidate).getRawUserInfo() != null;
        } catch (URISyntaxException e) {
            return true;
        }
    }

    private static boolean isAbsoluteHttp(String candidate) {
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null && !uri.getHost().isBlank()
                    && uri.getRawQuery() == null && uri.getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
