package dev.switchboard.adapter.web.error;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * The app's index.html at {@code /} and {@code /index.html} comes from Micronaut's static resources, which
 * would let the browser keep it for 60 seconds ({@code private, max-age=60}). It must be revalidated every
 * time, as the client routes served by {@link SpaFallbackController} are: after an upgrade a cached copy
 * points at asset files that are gone, and a browser whose IP was just blocked would still get the page.
 */
@ServerFilter({"/", "/index.html"})
class IndexHtmlNoCacheFilter {

    @ResponseFilter
    void revalidate(MutableHttpResponse<?> response) {
        // Cache-Control wins over the Expires header that the file response still carries.
        if (response.getStatus().getCode() == 200) {
            response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-cache");
        }
    }
}
