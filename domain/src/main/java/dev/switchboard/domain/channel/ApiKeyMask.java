package dev.switchboard.domain.channel;

/** Shows enough of an API key to recognise it ({@code sk-…a1b2}) and never enough to use it. */
public final class ApiKeyMask {

    private static final String ELLIPSIS = "…";
    private static final int SHORTEST_PARTLY_SHOWN = 12;

    private ApiKeyMask() {
    }

    public static String of(String plainKey) {
        String key = plainKey == null ? "" : plainKey.strip();
        if (key.length() < SHORTEST_PARTLY_SHOWN) {
            // A short key would be mostly revealed by prefix + suffix; show nothing of it.
            return "****";
        }
        int dash = key.indexOf('-');
        String prefix = dash > 0 && dash <= 4 ? key.substring(0, dash + 1) : key.substring(0, 2);
        return prefix + ELLIPSIS + key.substring(key.length() - 4);
    }
}
