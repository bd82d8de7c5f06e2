package dev.switchboard.application.policy.quota;

import dev.switchboard.domain.channel.ChannelPrices;
import dev.switchboard.domain.usage.TokenUsage;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a call cost (SPEC §14), in nano-units of the currency (10⁻⁹; stored as a whole number so sums are exact):
 * uncached input (prompt − cached) at the input price, cached input at the cached price (the input price when it
 * has none), output — reasoning included — at the output price; prices are per million tokens. One rounding,
 * half up, at the end. Null when the channel is unpriced; a missing price of a priced channel counts as zero.
 */
public final class CostPolicy {

    /** Per million tokens to nano-units per token: × 10⁹ / 10⁶. */
    private static final BigDecimal NANOS_PER_TOKEN_PER_PRICE_UNIT = BigDecimal.valueOf(1000);
    private static final BigDecimal NANOS_PER_UNIT = BigDecimal.valueOf(1_000_000_000L);

    private CostPolicy() {
    }

    public static Long costNanos(ChannelPrices prices, TokenUsage usage) {
        if (prices == null || !prices.priced()) {
            return null;
        }
        long cached = Math.min(usage.cached(), usage.prompt());
        long uncached = usage.prompt() - cached;
        BigDecimal cachedPrice = prices.cachedInput() != null ? prices.cachedInput() : prices.input();
        BigDecimal sum = times(prices.input(), uncached)
                .add(times(cachedPrice, cached))
                .add(times(prices.output(), usage.completion()));
        return sum.multiply(NANOS_PER_TOKEN_PER_PRICE_UNIT).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Nano-units as an amount of the currency (at most 9 decimals, trailing zeros dropped), or null. */
    public static BigDecimal amount(Long nanos) {
        return nanos == null ? null : toAmount(nanos);
    }

    public static BigDecimal toAmount(long nanos) {
        BigDecimal amount = BigDecimal.valueOf(nanos).divide(NANOS_PER_UNIT).stripTrailingZeros();
        return amount.scale() < 0 ? amount.setScale(0) : amount;
    }

    /** An amount of the currency in nano-units, rounded half up; null stays null. */
    public static Long nanos(BigDecimal amount) {
        return amount == null ? null
                : amount.multiply(NANOS_PER_UNIT).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static BigDecimal times(BigDecimal price, long tokens) {
        return price == null || tokens == 0 ? BigDecimal.ZERO : price.multiply(BigDecimal.valueOf(tokens));
    }
}
