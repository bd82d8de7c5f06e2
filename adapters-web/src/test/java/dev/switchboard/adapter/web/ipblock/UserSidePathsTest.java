package dev.switchboard.adapter.web.ipblock;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserSidePathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "", "/login", "/register", "/index.html", "/api/auth/login", "/api/auth/register",
            "/api/auth/me", "/api/chat/completions", "/api/chat/models", "/v1/chat/completions", "/v1/models",
            "/chat/123", "//api//chat/completions", "/admin/../api/chat/completions", "/admin/%2e%2e/v1/models",
            "/api/adminx", "/administrator", "/healthz", "/api/auth/administrator/login"})
    void guardsTheUserSide(String path) {
        assertTrue(UserSidePaths.isGuarded(path), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin", "/admin/", "/admin/blocked-ips", "/api/admin/config", "/api/admin/blocked-ips/3",
            "/api/auth/admin/login", "/health", "/health/liveness", "/assets/index-abc123.js", "/favicon.svg",
            "/docs", "/docs/index.html", "/swagger/switchboard-0.1.yml", "//admin//channels"})
    void neverGuardsTheAdminConsoleHealthAndAssets(String path) {
        assertFalse(UserSidePaths.isGuarded(path), path);
    }
}
