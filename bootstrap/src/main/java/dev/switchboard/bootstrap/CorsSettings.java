package dev.switchboard.bootstrap;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Turns {@code CORS_ORIGINS} (comma separated, {@code *} for any) into Micronaut's CORS properties. */
final class CorsSettings {

    private static final String PREFIX = "micronaut.server.cors.";

    private CorsSettings() {
    }

    static Map<String, Object> fromEnvironment(String origins) {
        List<String> list = origins == null ? List.of()
                : Arrays.stream(origins.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (list.isEmpty()) {
            // Same origin only: the SPA is served by this very port, so no CORS headers at all.
            return Map.of(PREFIX + "enabled", false);
        }
        if (list.contains("*")) {
            // Any page may call the API, but never with the visitor's credentials: reflecting any origin
            // together with Access-Control-Allow-Credentials would let every site act as the visitor.
            return Map.of(PREFIX + "enabled", true,
                    PREFIX + "configurations.web.allowed-origins-regex", ".*",
                    PREFIX + "configurations.web.allow-credentials", false);
        }
        // Exactly these origins (compared as whole strings); they are trusted, so credentials may be sent.
        return Map.of(PREFIX + "enabled", true,
                PREFIX + "configurations.web.allowed-origins", list);
    }
}
