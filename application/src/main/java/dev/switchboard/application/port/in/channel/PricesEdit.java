package dev.switchboard.application.port.in.channel;

import dev.switchboard.domain.channel.ChannelPrices;
import java.math.BigDecimal;

/**
 * The prices an admin sent (SPEC §14): a price not given keeps its stored value, one given as null clears it.
 * {@link #NONE} changes nothing.
 */
public record PricesEdit(boolean inputGiven, BigDecimal input, boolean outputGiven, BigDecimal output,
                         boolean cachedInputGiven, BigDecimal cachedInput) {

    public static final PricesEdit NONE = new PricesEdit(false, null, false, null, false, null);

    public ChannelPrices applyTo(ChannelPrices old) {
        return new ChannelPrices(inputGiven ? input : old.input(), outputGiven ? output : old.output(),
                cachedInputGiven ? cachedInput : old.cachedInput());
    }
}
