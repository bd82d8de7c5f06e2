package dev.switchboard.adapter.persistence.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.domain.usage.UsageLogFilter;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsageLogWhereTest {

    private static final UsageLogFilter BY_USER = new UsageLogFilter(null, null, "Ann_%", null, "m", null, null);

    @Test
    void withoutTheMatchingUsersTheEmailConditionIsAnEscapedSubquery() {
        UsageLogWhere where = UsageLogWhere.of(BY_USER);
        assertTrue(where.sql().contains("user_id IN (SELECT user_id FROM usage_log_users"), where.sql());
        assertEquals(List.of("%ann\\_\\%%", "m"), where.params());
    }

    @Test
    void withTheMatchingUsersItListsTheirIdsSoThePlannerKnowsHowManyMatch() {
        UsageLogWhere where = UsageLogWhere.of(BY_USER, List.of(4L, 9L));
        assertTrue(where.sql().contains("user_id IN (?, ?)"), where.sql());
        assertEquals(List.of(4L, 9L, "m"), where.params());
    }

    @Test
    void noMatchingUserMatchesNoRow() {
        UsageLogWhere where = UsageLogWhere.of(BY_USER, List.of());
        assertTrue(where.sql().contains("1 = 0"), where.sql());
        assertEquals(List.of("m"), where.params());
    }
}
