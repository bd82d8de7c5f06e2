package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorsSettingsTest {

    @Test
    void noOriginsMeansSameOriginOnly() {
        assertEquals(Map.of("micronaut.server.cors.enabled", false), CorsSettings.fromEnvironment(null));
        assertEquals(Map.of("micronaut.server.cors.enabled", false), CorsSettings.fromEnvironment(" , "));
    }

    @Test
    void aCommaSeparatedListIsTrimmed() {
        assertEquals(List.of("https://a.example", "http://localhost:5173"),
                CorsSettings.fromEnvironment(" https://a.example ,http://localhost:5173")
                        .get("micronaut.server.cors.configurations.web.allowed-origins"));
    }

    @Test
    void aStarAllowsAnyOrigin() {
        assertEquals(".*", CorsSettings.fromEnvironment("*").get("micronaut.server.cors.configurations.web.allowed-origins-regex"));
        assertEquals(false, CorsSettings.fromEnvironment("*").get("micronaut.server.cors.configurations.web.allow-credentials"),
                "any origin, but never with the visitor's credentials");
    }
}
