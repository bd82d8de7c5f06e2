package dev.switchboard.adapter.web.usage;

import dev.switchboard.domain.channel.ChannelId;
import dev.switchboard.domain.shared.InvalidInputException;
import dev.switchboard.domain.usage.IpRange;
import dev.switchboard.domain.usage.PageRequest;
import dev.switchboard.domain.usage.TimeBound;
import dev.switchboard.domain.usage.UsageLogFilter;
import dev.switchboard.domain.usage.UsageStatus;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The query string of the log endpoints, read as text so that every bad value becomes a 400 envelope. {@code channel}
 * is a channel id, {@code api_key} a key id or part of its name, {@code group} a group id or its whole name.
 */
@Introspected
record UsageLogParams(
        @Nullable @QueryValue String start,
        @Nullable @QueryValue String end,
        @Nullable @QueryValue String user,
        @Nullable @QueryValue String ip,
        @Nullable @QueryValue String model,
        @Nullable @QueryValue String channel,
        @Nullable @QueryValue String status,
        @Nullable @QueryValue("api_key") String apiKey,
        @Nullable @QueryValue String group,
        @Nullable @QueryValue String page,
        @Nullable @QueryValue String size) {

    UsageLogFilter toFilter(ZoneId zone) {
        return new UsageLogFilter(
                present(start) ? TimeBound.start(start, zone) : null,
                present(end) ? TimeBound.end(end, zone) : null,
                user,
                present(ip) ? IpRange.parse(ip) : null,
                model,
                present(channel) ? new ChannelId(number("channel", channel)) : null,
                present(status) ? status(status) : null,
                apiKey,
                group);
    }

    PageRequest toPage() {
        return new PageRequest(present(page) ? (int) number("page", page) : 1,
                present(size) ? (int) number("size", size) : PageRequest.DEFAULT_SIZE);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static long number(String field, String value) {
        try {
            long n = Long.parseLong(value.strip());
            if (n < 1 || n > Integer.MAX_VALUE) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " must be a positive whole number");
        }
    }

    private static UsageStatus status(String value) {
        return Arrays.stream(UsageStatus.values()).filter(s -> s.wireName().equals(value.strip())).findFirst()
                .orElseThrow(() -> new InvalidInputException("status", "status must be one of " + Arrays
                        .stream(UsageStatus.values()).map(UsageStatus::wireName).collect(Collectors.joining(", "))));
    }
}
