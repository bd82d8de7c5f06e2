package dev.switchboard.adapter.web.ipblock;

/**
 * Which paths the IP blocklist guards. It is easier to be sure about the few paths that are never blocked —
 * the admin console and its API (its sign-in {@code /api/auth/admin/*} included), {@code /health}, static
 * assets, the API docs — than to list every user page, so everything else counts as the user side:
 * {@code /}, {@code /login}, {@code /register}, {@code /api/auth/*}, {@code /api/chat/*}, {@code /v1/*}, ...
 */
final class UserSidePaths {

    private static final String[] NEVER_BLOCKED_PREFIXES = {
            "/admin/", "/api/admin/", "/api/auth/admin/", "/health/", "/assets/", "/docs/", "/swagger/", "/swagger-ui/"};
    private static final String[] NEVER_BLOCKED_EXACT = {"/admin", "/api/admin", "/health", "/docs"};

    private UserSidePaths() {
    }

    static boolean isGuarded(String rawPath) {
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath.replaceAll("/{2,}", "/");
        if (path.contains("%") || path.contains("/./") || path.contains("/../") || path.endsWith("/.") || path.endsWith("/..")) {
            return true; // encoded or dot segments never appear in admin paths; take no chances
        }
        for (String exact : NEVER_BLOCKED_EXACT) {
            if (path.equals(exact)) {
                return false;
            }
        }
        for (String prefix : NEVER_BLOCKED_PREFIXES) {
            if (path.startsWith(prefix)) {
                return false;
            }
        }
        return !isRootAsset(path);
    }

    /** favicon.svg, robots.txt and the like; index.html is the user page itself. */
    private static boolean isRootAsset(String path) {
        return path.lastIndexOf('/') == 0 && path.indexOf('.') > 0 && !path.equals("/index.html");
    }
}
