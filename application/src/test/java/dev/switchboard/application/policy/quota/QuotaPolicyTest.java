package dev.switchboard.application.policy.quota;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.switchboard.domain.group.Group;
import dev.switchboard.domain.group.GroupId;
import dev.switchboard.domain.settings.QuotaSettings;
import dev.switchboard.domain.usage.UsageTotals;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotaPolicyTest {

    @ParameterizedTest(name = "group member quota {0}, settings quota {1}, used {2} -> quota {3}, reached {4}")
    @CsvSource({
            "200, 1000, 199, 200, false",
            "200, 1000, 200, 200, true",
            // the group sets no member quota: the settings' user quota applies
            "'', 1000, 999, 1000, false",
            "'', 1000, 1000, 1000, true",
            // neither: no limit
            "'', '', 999999, '', false",
            // a quota of 0 refuses everything
            "0, 1000, 0, 0, true",
    })
    void aMembersTokenQuotaIsTheGroupsMemberQuotaElseTheSettings(String member, String settings, long used,
                                                                  String quota, boolean reached) {
        Group group = new Group(new GroupId(1), "class-3", null, List.of(), null, null, number(member), null);
        Allowance allowance = QuotaPolicy.member(group, new QuotaSettings("USD", number(settings), null),
                new UsageTotals(3, used, 0));
        assertEquals(number(quota), allowance.tokenQuota());
        assertEquals(reached, allowance.reached());
    }

    @ParameterizedTest(name = "cost quota {0}, used {1} nanos -> reached {2}, left {3}")
    @CsvSource({
            "1.5, 1499999999, false, 1",
            "1.5, 1500000000, true, 0",
            "1.5, 1600000000, true, 0",
    })
    void aMemberCostQuotaIsCountedInNanoUnits(String quota, long used, boolean reached, long left) {
        Group group = new Group(new GroupId(1), "team", null, List.of(), null, null, null, new BigDecimal(quota));
        Allowance allowance = QuotaPolicy.member(group, QuotaSettings.DEFAULTS, new UsageTotals(1, 0, used));
        assertEquals(reached, allowance.reached());
        assertEquals(left, allowance.remainingCostNanos());
        assertEquals(null, allowance.remainingTokens());
    }

    @Test
    void aUserWithoutAGroupHasOnlyTheSettingsTokenQuota() {
        Allowance allowance = QuotaPolicy.member(null, new QuotaSettings("USD", 100L, null), new UsageTotals(1, 40, 9));
        assertEquals(100L, allowance.tokenQuota());
        assertEquals(null, allowance.costQuotaNanos());
        assertEquals(60L, allowance.remainingTokens());
    }

    @Test
    void theGroupTotalRefusesEveryMemberOnceReachedEvenWhenTheirOwnQuotaIsNot() {
        Group group = new Group(new GroupId(1), "class-3", null, List.of(), 1000L, null, 200L, null);
        Allowance own = QuotaPolicy.member(group, QuotaSettings.DEFAULTS, new UsageTotals(1, 10, 0));
        Allowance whole = QuotaPolicy.group(group, new UsageTotals(50, 1000, 0));
        assertEquals(false, QuotaPolicy.admits(List.of(own, whole)));
        assertEquals(true, QuotaPolicy.admits(List.of(own)));
    }

    @Test
    void aGuestHasTheSettingsDailyTokenQuota() {
        QuotaSettings settings = new QuotaSettings("USD", null, 500L);
        assertEquals(false, QuotaPolicy.guest(settings, new UsageTotals(1, 499, 0)).reached());
        assertEquals(true, QuotaPolicy.guest(settings, new UsageTotals(1, 500, 0)).reached());
        assertEquals(false, QuotaPolicy.guest(QuotaSettings.DEFAULTS, new UsageTotals(1, 10_000_000, 0)).reached());
    }

    @ParameterizedTest(name = "{0} in {1} -> month resets {2}, day resets {3}")
    @CsvSource({
            "2026-12-04, Asia/Shanghai, 2026-12-31T16:00:00Z, 2026-12-04T16:00:00Z",
            "2026-12-31, UTC, 2027-01-01T00:00:00Z, 2027-01-01T00:00:00Z",
            "2027-02-28, Europe/Berlin, 2027-02-28T23:00:00Z, 2027-02-28T23:00:00Z",
    })
    void periodsResetAtTheFirstInstantOfTheNextMonthOrDayInTheServerZone(String today, String zone, String month,
                                                                       String day) {
        assertEquals(Instant.parse(month), QuotaPolicy.nextMonth(LocalDate.parse(today), ZoneId.of(zone)));
        assertEquals(Instant.parse(day), QuotaPolicy.nextDay(LocalDate.parse(today), ZoneId.of(zone)));
    }

    private static Long number(String text) {
        return text == null || text.isBlank() ? null : Long.valueOf(text);
    }

    @Test
    void onlyASetQuotaMakesTheRelayLookAtUsage() {
        assertEquals(false, QuotaPolicy.limitsGuests(QuotaSettings.DEFAULTS));
        assertEquals(true, QuotaPolicy.limitsGuests(new QuotaSettings("USD", null, 0L)));
        assertEquals(false, QuotaPolicy.limitsMembers(null, QuotaSettings.DEFAULTS));
        assertEquals(true, QuotaPolicy.limitsMembers(null, new QuotaSettings("USD", 100L, null)));
        Group open = new Group(new GroupId(1), "open", 10, List.of(), null, null, null, null);
        assertEquals(false, QuotaPolicy.limitsMembers(open, QuotaSettings.DEFAULTS), "an RPM is not a quota");
        BigDecimal one = BigDecimal.ONE;
        for (Group limited : List.of(
                new Group(new GroupId(2), "a", null, List.of(), 1L, null, null, null),
                new Group(new GroupId(3), "b", null, List.of(), null, one, null, null),
                new Group(new GroupId(4), "c", null, List.of(), null, null, 1L, null),
                new Group(new GroupId(5), "d", null, List.of(), null, null, null, one))) {
            assertEquals(true, QuotaPolicy.limitsMembers(limited, QuotaSettings.DEFAULTS), limited.name());
        }
    }
}
