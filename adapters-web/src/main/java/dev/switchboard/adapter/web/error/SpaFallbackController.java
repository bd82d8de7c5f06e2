package dev.switchboard.adapter.web.error;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URL;
import java.util.Optional;

/**
 * For a GET of a client-side route ({@code /login}, {@code /admin/channels}) the single-page app's
 * index.html is the answer; anything else unknown — an API path, a missing asset — is a JSON 404.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class SpaFallbackController {

    private static final String[] NEVER_THE_APP = {"/api/", "/v1/", "/swagger", "/health", "/docs/"};

    private final Optional<URL> indexHtml;

    SpaFallbackController(ResourceResolver resources) {
        this.indexHtml = resources.getResource("classpath:public/index.html");
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    HttpResponse<?> notFound(HttpRequest<?> request) {
        String path = request.getPath();
        if (isClientRoute(request.getMethod(), path) && indexHtml.isPresent()) {
            return HttpResponse.ok(new StreamedFile(indexHtml.get()))
                    .contentType(MediaType.TEXT_HTML_TYPE)
                    .header("Cache-Control", "no-cache");
        }
        return HttpResponse.<ErrorEnvelope>status(HttpStatus.NOT_FOUND)
                .body(ErrorType.NOT_FOUND.envelope("nothing here: " + request.getMethod() + " " + path));
    }

    static boolean isClientRoute(HttpMethod method, String path) {
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            return false;
        }
        if (path.equals("/api") || path.equals("/v1")) {
            return false;
        }
        for (String prefix : NEVER_THE_APP) {
            if (path.startsWith(prefix)) {
                return false;
            }
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".");
    }
}
