package dev.switchboard.application.policy.quota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.switchboard.domain.channel.ChannelPrices;
import dev.switchboard.domain.shared.InvalidInputException;
import dev.switchboard.domain.usage.TokenUsage;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CostPolicyTest {

    @ParameterizedTest(name = "in {0} out {1} cached {2}; prompt {3} (cached {4}) completion {5} -> {6} nanos")
    @CsvSource({
            // uncached 600 × 2.5 + cached 400 × 1.25 + output 500 × 10, per 1M tokens = 0.007
            "2.50, 10, 1.25, 1000, 400, 500, 7000000",
            // no cached price: cached input is charged at the input price
            "2.50, 10, '', 1000, 400, 0, 2500000",
            // only an output price: input is free
            "'', 1, '', 100, 0, 10, 10000",
            // half a nano-unit rounds up, less rounds down
            "0.0005, '', '', 1, 0, 0, 1",
            "0.0004, '', '', 1, 0, 0, 0",
            "0.0000001, '', '', 3, 0, 0, 0",
            // big numbers stay exact: 2M tokens at 15 per 1M = 30
            "15, '', '', 2000000, 0, 0, 30000000000",
            // a cached count above the prompt (a provider's odd report) never makes input negative
            "1, '', 0.5, 10, 50, 0, 5000",
            // free models cost zero, not null
            "0, 0, 0, 1000, 0, 1000, 0",
    })
    void chargesUncachedCachedAndOutputTokensAtTheirPrices(String input, String output, String cached, int prompt,
                                                           int cachedTokens, int completion, long nanos) {
        ChannelPrices prices = new ChannelPrices(decimal(input), decimal(output), decimal(cached));
        assertEquals(nanos, CostPolicy.costNanos(prices, new TokenUsage(prompt, completion, cachedTokens, 0)));
    }

    @Test
    void anUnpricedChannelHasNoCost() {
        assertNull(CostPolicy.costNanos(ChannelPrices.UNPRICED, new TokenUsage(1000, 1000)));
    }

    @Test
    void reasoningTokensAreChargedAsPartOfTheCompletion() {
        ChannelPrices prices = new ChannelPrices(null, new BigDecimal("4"), null);
        assertEquals(CostPolicy.costNanos(prices, new TokenUsage(0, 300, 0, 0)),
                CostPolicy.costNanos(prices, new TokenUsage(0, 300, 0, 200)));
    }

    @ParameterizedTest(name = "{0} nanos = {1}")
    @CsvSource({"7000000, 0.007", "0, 0", "30000000000, 30", "1, 0.000000001", "1500000000, 1.5"})
    void showsNanoUnitsAsAnAmountOfTheCurrency(long nanos, String amount) {
        assertEquals(amount, CostPolicy.toAmount(nanos).toPlainString());
        assertEquals(nanos, CostPolicy.nanos(new BigDecimal(amount)));
    }

    @Test
    void refusesNegativeAndOverPrecisePrices() {
        assertThrows(InvalidInputException.class, () -> new ChannelPrices(new BigDecimal("-1"), null, null));
        assertThrows(InvalidInputException.class, () -> new ChannelPrices(null, new BigDecimal("0.0000000001"), null));
    }

    private static BigDecimal decimal(String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text);
    }
}
