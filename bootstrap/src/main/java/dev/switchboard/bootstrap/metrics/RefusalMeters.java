package dev.switchboard.bootstrap.metrics;

import dev.switchboard.adapter.web.error.ErrorEnvelope;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts refusals by kind — rate limit, quota, limiter unavailable — from the error type of 429 and 503
 * answers, wherever they were decided (chat, /v1, sign-in). Other answers cost one status comparison.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class RefusalMeters {

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    RefusalMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @ResponseFilter
    void count(HttpResponse<?> response) {
        int status = response.code();
        if (status != 429 && status != 503) {
            return;
        }
        String kind = kind(response.getBody().orElse(null));
        if (kind != null) {
            counters.computeIfAbsent(kind, k -> Counter.builder("switchboard.refusals")
                    .description("Requests refused by a limit, a quota or an unreachable limiter")
                    .tag("kind", k).register(registry)).increment();
        }
    }

    private static String kind(Object body) {
        String type = body instanceof ErrorEnvelope envelope ? envelope.error().type()
                : body instanceof CharSequence text ? typeIn(text.toString()) : null;
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "rate_limit_exceeded", "quota_exceeded", "rate_limiter_unavailable" -> type;
            default -> null;
        };
    }

    /** The SPEC §6 bodies written as strings: {@code {"error":{"type":"…"}}}. */
    private static String typeIn(String json) {
        int at = json.indexOf("\"type\"");
        if (at < 0) {
            return null;
        }
        int open = json.indexOf('"', json.indexOf(':', at) + 1);
        int close = open < 0 ? -1 : json.indexOf('"', open + 1);
        return close < 0 ? null : json.substring(open + 1, close);
    }
}
