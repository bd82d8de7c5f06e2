package dev.switchboard.adapter.web.security;

/** The HS256 signing secret; the bootstrap module supplies it (from SECRET_KEY or the data directory). */
public record TokenSecret(String value) {

    public TokenSecret {
        if (value == null || value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 32) {
            // Shorter secrets let the app start but every sign-in fails later (STACK_NOTES §4): fail now.
            throw new IllegalArgumentException("SECRET_KEY must be at least 32 bytes long");
        }
    }

    @Override
    public String toString() {
        return "TokenSecret[***]";
    }
}
