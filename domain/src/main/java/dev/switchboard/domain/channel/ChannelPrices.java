package dev.switchboard.domain.channel;

import dev.switchboard.domain.shared.InvalidInputException;
import java.math.BigDecimal;

/**
 * What a channel's upstream charges per million tokens (SPEC §14), in the settings' currency: uncached input,
 * output (reasoning included) and cached input. Null = not priced; a null cached price falls back to the input
 * price. Decimal, never floating point.
 */
public record ChannelPrices(BigDecimal input, BigDecimal output, BigDecimal cachedInput) {

    public static final ChannelPrices UNPRICED = new ChannelPrices(null, null, null);
    /** Nine decimals of a currency unit per million tokens: as fine as the stored cost (nano-units). */
    public static final int MAX_SCALE = 9;

    public ChannelPrices {
        input = check("input_price", input);
        output = check("output_price", output);
        cachedInput = check("cached_input_price", cachedInput);
    }

    /** Whether the channel has a price at all; a row of an unpriced channel has a null cost. */
    public boolean priced() {
        return input != null || output != null || cachedInput != null;
    }

    private static BigDecimal check(String field, BigDecimal price) {
        if (price == null) {
            return null;
        }
        if (price.signum() < 0) {
            throw new InvalidInputException(field, field + " must be zero or more (per 1M tokens), or null");
        }
        if (price.compareTo(BigDecimal.valueOf(1_000_000)) > 0 || price.stripTrailingZeros().scale() > MAX_SCALE) {
            throw new InvalidInputException(field, field + " must be at most 1000000 with at most " + MAX_SCALE
                    + " decimals");
        }
        return price.stripTrailingZeros().scale() < 0 ? price.setScale(0) : price.stripTrailingZeros();
    }
}
