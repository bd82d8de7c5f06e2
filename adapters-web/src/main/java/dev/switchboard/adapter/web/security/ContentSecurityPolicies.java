package dev.switchboard.adapter.web.security;

import io.micronaut.core.io.ResourceResolver;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Content-Security-Policy of each answer. The app's: scripts, styles, fetches and frames from this
 * origin only. Inline styles stay allowed because Vue's transitions and the chart library set {@code style}
 * attributes; {@code data:}/{@code blob:} images cover icons and downloaded exports; {@code data:} fonts are for
 * KaTeX (math rendering). The generated Swagger UI page at {@code /docs} boots from one inline script, which
 * its policy allows by its SHA-256 hash, computed from the page itself, so no other inline script can run.
 */
@Singleton
public class ContentSecurityPolicies {

    static final String APP = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; connect-src 'self'; font-src 'self' data:; frame-ancestors 'none'; "
            + "base-uri 'self'; form-action 'self'";

    private static final String DOCS_PAGE = "classpath:META-INF/swagger/views/swagger-ui/index.html";
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);

    private final String docs;

    ContentSecurityPolicies(ResourceResolver resources) {
        this.docs = resources.getResourceAsStream(DOCS_PAGE)
                .map(ContentSecurityPolicies::read)
                .map(ContentSecurityPolicies::docsPolicy)
                .orElse(APP);
    }

    /** The policy for an answer to {@code path}. */
    public String forPath(String path) {
        return path.equals("/docs") || path.startsWith("/docs/") ? docs : APP;
    }

    static String docsPolicy(String page) {
        StringBuilder hashes = new StringBuilder();
        Matcher inline = INLINE_SCRIPT.matcher(page);
        while (inline.find()) {
            hashes.append(" 'sha256-").append(sha256(inline.group(1))).append('\'');
        }
        return APP.replace("script-src 'self'", "script-src 'self'" + hashes);
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
