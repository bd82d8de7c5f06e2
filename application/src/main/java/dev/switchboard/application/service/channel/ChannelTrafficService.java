package dev.switchboard.application.service.channel;

import dev.switchboard.application.error.RateLimiterUnavailableException;
import dev.switchboard.application.port.in.channel.ChannelTrafficQuery;
import dev.switchboard.application.port.out.ratelimit.RateLimiter;
import dev.switchboard.domain.channel.ChannelId;

/** Reads a channel's live load from the same window the relay counts its requests in. */
public class ChannelTrafficService implements ChannelTrafficQuery {

    private final RateLimiter limiter;

    public ChannelTrafficService(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public int callsLastMinute(ChannelId id) {
        try {
            return limiter.inWindow(ChannelRateKey.of(id));
        } catch (RateLimiterUnavailableException e) {
            return UNKNOWN; // the console keeps working during a Redis outage, just without live figures
        }
    }
}
