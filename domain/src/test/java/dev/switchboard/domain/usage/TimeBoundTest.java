package dev.switchboard.domain.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.switchboard.domain.shared.InvalidInputException;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeBoundTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aDateIsTheWholeDayInTheAppZone() {
        assertEquals(Instant.parse("2024-04-30T16:00:00Z"), TimeBound.start("2024-05-01", SHANGHAI));
        assertEquals(Instant.parse("2024-05-01T16:00:00Z"), TimeBound.end("2024-05-01", SHANGHAI));
    }

    @Test
    void aDateTimeWithAnOffsetIsThatInstantAndOneWithoutIsReadInTheAppZone() {
        assertEquals(Instant.parse("2024-05-01T00:30:00Z"), TimeBound.start("2024-05-01T08:30:00+08:00", SHANGHAI));
        assertEquals(Instant.parse("2024-05-01T08:30:00Z"), TimeBound.start("2024-05-01T08:30:00Z", SHANGHAI));
        assertEquals(Instant.parse("2024-05-01T00:30:00.001Z"), TimeBound.end("2024-05-01T08:30", SHANGHAI));
        assertEquals(Instant.parse("2024-05-01T00:30:00Z"), TimeBound.start("2024-05-01T08:30:00 08:00", SHANGHAI));
    }

    @Test
    void anEndDateTimeIncludesItsOwnMillisecond() {
        assertEquals(Instant.parse("2024-05-02T00:00:00Z"), TimeBound.end("2024-05-01T23:59:59.999Z", SHANGHAI));
    }

    @Test
    void refusesOtherShapesNamingTheField() {
        for (String bad : new String[] {"yesterday", "2024-13-01", "01/05/2024", "2024-05-01T25:00"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> TimeBound.end(bad, SHANGHAI));
            assertEquals("end", e.field());
        }
    }
}
