package dev.switchboard.adapter.web.security;

import dev.switchboard.adapter.web.error.ErrorEnvelope;
import dev.switchboard.adapter.web.error.ErrorType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.Locale;

/**
 * The API takes JSON only: a POST, PUT or PATCH to {@code /api/*} or {@code /v1/*} that carries a body or
 * names a Content-Type other than {@code application/json} gets 415. A browser sends {@code text/plain} and
 * form bodies cross-site without asking the server first (no CORS preflight); JSON it must ask for, so this
 * also closes "any web page makes its visitors chat". Bodyless calls (a logout, a channel test) still pass.
 */
@ServerFilter({"/api/**", "/v1/**"})
class JsonBodyFilter implements Ordered {

    private static final String JSON = "application/json";

    @RequestFilter
    @Nullable
    HttpResponse<ErrorEnvelope> refuseOtherBodies(HttpRequest<?> request) {
        HttpMethod method = request.getMethod();
        if (method != HttpMethod.POST && method != HttpMethod.PUT && method != HttpMethod.PATCH) {
            return null;
        }
        String contentType = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
        if (contentType == null ? !hasBody(request) : isJson(contentType)) {
            return null;
        }
        return HttpResponse.<ErrorEnvelope>status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .body(ErrorType.UNSUPPORTED_MEDIA_TYPE.envelope());
    }

    static boolean isJson(String contentType) {
        int params = contentType.indexOf(';');
        String type = (params < 0 ? contentType : contentType.substring(0, params)).strip();
        return type.toLowerCase(Locale.ROOT).equals(JSON);
    }

    private static boolean hasBody(HttpRequest<?> request) {
        return request.getContentLength() > 0 || request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    @Override
    public int getOrder() {
        // After the IP blocklist (a blocked client learns nothing else), before anything reads the body.
        return ServerFilterPhase.SECURITY.before() + 1;
    }
}
