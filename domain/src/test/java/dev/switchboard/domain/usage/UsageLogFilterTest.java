package dev.switchboard.domain.usage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.domain.channel.ChannelId;
import dev.switchboard.domain.shared.InvalidInputException;
import dev.switchboard.domain.user.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UsageLogFilterTest {

    private static final Instant T = Instant.parse("2024-05-01T10:00:00Z");
    private static final UsageLogEntry ALICE = new UsageLogEntry(null, T, "10.0.0.5", new UserId(1),
            "Alice@Example.com", "gpt-4o", new ChannelId(3), "main", 10, 20, UsageStatus.OK, 100);
    private static final UsageLogEntry GUEST = new UsageLogEntry(null, T, "10.0.0.6", null, null, "gpt-4o",
            null, null, 1, 2, UsageStatus.CANCELLED, 5);

    @Test
    void anEmptyFilterMatchesEveryRow() {
        assertTrue(UsageLogFilter.any().matches(ALICE));
        assertTrue(UsageLogFilter.any().matches(GUEST));
    }

    @Test
    void theTimeRangeIncludesItsStartAndExcludesItsEnd() {
        assertTrue(new UsageLogFilter(T, T.plusMillis(1), null, null, null, null, null).matches(ALICE));
        assertFalse(new UsageLogFilter(T.minusSeconds(1), T, null, null, null, null, null).matches(ALICE));
    }

    @Test
    void theUserIsAnyCasePartOfTheEmailAndNeverMatchesGuests() {
        UsageLogFilter f = new UsageLogFilter(null, null, "  ALICE@ex ", null, null, null, null);
        assertTrue(f.matches(ALICE));
        assertFalse(f.matches(GUEST));
    }

    @Test
    void modelChannelStatusAndIpAreExact() {
        assertTrue(new UsageLogFilter(null, null, null, IpRange.parse("10.0.0.4/30"), "gpt-4o", new ChannelId(3),
                UsageStatus.OK).matches(ALICE));
        assertFalse(new UsageLogFilter(null, null, null, null, "gpt-4", null, null).matches(ALICE));
        assertFalse(new UsageLogFilter(null, null, null, null, null, new ChannelId(4), null).matches(ALICE));
        assertFalse(new UsageLogFilter(null, null, null, null, null, null, UsageStatus.OK).matches(GUEST));
        assertFalse(new UsageLogFilter(null, null, null, IpRange.parse("10.0.0.5"), null, null, null).matches(GUEST));
    }

    @Test
    void refusesAnEndThatIsNotAfterTheStart() {
        assertThrows(InvalidInputException.class, () -> new UsageLogFilter(T, T, null, null, null, null, null));
    }
}
