package dev.switchboard.application.service.quota;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.switchboard.application.error.ForbiddenException;
import dev.switchboard.application.error.QuotaExceededException;
import dev.switchboard.application.fake.InMemoryAdminRepository;
import dev.switchboard.application.fake.InMemoryGroupRepository;
import dev.switchboard.application.fake.InMemoryUserRepository;
import dev.switchboard.application.fake.MutableClock;
import dev.switchboard.application.port.in.chat.Requester;
import dev.switchboard.application.port.in.quota.MyUsage;
import dev.switchboard.application.port.out.change.ChangeFeed;
import dev.switchboard.application.port.out.quota.PeriodUsageRepository;
import dev.switchboard.application.port.out.settings.QuotaSettingsRepository;
import dev.switchboard.application.service.auth.AccountStates;
import dev.switchboard.application.service.group.GroupService;
import dev.switchboard.application.service.settings.QuotaSettingsService;
import dev.switchboard.domain.group.Group;
import dev.switchboard.domain.settings.QuotaSettings;
import dev.switchboard.domain.usage.Endpoint;
import dev.switchboard.domain.usage.UsageLogEntry;
import dev.switchboard.domain.usage.UsageStatus;
import dev.switchboard.domain.user.EmailAddress;
import dev.switchboard.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuotaServiceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-30T04:00:00Z"), SHANGHAI);
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final AccountStates accounts = new AccountStates(users, new InMemoryAdminRepository());
    private final GroupService groups = new GroupService(new InMemoryGroupRepository(), ChangeFeed.NONE,
            accounts::reload);
    private final QuotaSettingsService settings = new QuotaSettingsService(new Settings(), ChangeFeed.NONE);
    private final PeriodUsageRepository nothingStored = (monthStart, today) -> PeriodUsageRepository.Snapshot.EMPTY;
    private final PeriodUsage usage = new PeriodUsage(nothingStored, clock);
    private final QuotaService quotas = new QuotaService(groups, accounts, settings, usage, clock);

    private Requester member(Group group) {
        User user = users.add(User.register(new EmailAddress("s" + users.findAll().size() + "@school.example"), "h",
                clock.instant()));
        users.update(user.groupSetTo(group == null ? null : group.id().value()));
        accounts.reload();
        return new Requester("10.0.0.1", user.id(), user.email().value());
    }

    private void spend(Requester who, Group group, int tokens) {
        usage.recorded(new UsageLogEntry(null, clock.instant(), who.ip(), who.userId(), who.email(), "m", null, null,
                tokens, 0, UsageStatus.OK, 1, null, null, 0, 0, Endpoint.CHAT, null,
                group == null ? null : group.id().value(), group == null ? null : group.name()));
    }

    private Group group(Long total, Long perMember, List<String> models) {
        return groups.create(new Group(null, "class-" + groups.list().size(), null, models, total, null, perMember,
                null));
    }

    @Test
    void aMemberIsRefusedOnceTheirQuotaIsReachedUntilNextMonthInTheServerZone() {
        Group classThree = group(null, 30L, List.of());
        Requester student = member(classThree);
        spend(student, classThree, 14);
        spend(student, classThree, 14);
        assertDoesNotThrow(() -> quotas.admit(student, classThree, "m"));
        spend(student, classThree, 14);
        QuotaExceededException refused = assertThrows(QuotaExceededException.class,
                () -> quotas.admit(student, classThree, "m"));
        assertEquals(Instant.parse("2026-12-31T16:00:00Z"), refused.resetAt());
    }

    @Test
    void otherMembersCarryOnUntilTheGroupTotalIsReached() {
        Group classThree = group(50L, 30L, List.of());
        Requester first = member(classThree);
        Requester second = member(classThree);
        spend(first, classThree, 30);
        assertThrows(QuotaExceededException.class, () -> quotas.admit(first, classThree, "m"));
        assertDoesNotThrow(() -> quotas.admit(second, classThree, "m"));
        spend(second, classThree, 20);
        assertThrows(QuotaExceededException.class, () -> quotas.admit(second, classThree, "m"));
    }

    @Test
    void aQuotaChangeTakesEffectOnTheNextCheck() {
        Group team = group(null, 10L, List.of());
        Requester member = member(team);
        spend(member, team, 10);
        assertThrows(QuotaExceededException.class, () -> quotas.admit(member, team, "m"));
        Group raised = groups.update(team.id(), new Group(null, team.name(), null, List.of(), null, null, 100L, null));
        assertDoesNotThrow(() -> quotas.admit(member, quotas.groupOf(member), "m"));
        assertEquals(raised, quotas.groupOf(member));
    }

    @Test
    void aNewMonthGivesEveryoneTheirQuotaBack() {
        Group team = group(null, 10L, List.of());
        Requester member = member(team);
        spend(member, team, 10);
        assertThrows(QuotaExceededException.class, () -> quotas.admit(member, team, "m"));
        clock.advance(Duration.ofDays(2)); // 2027-01-01 in Shanghai
        assertDoesNotThrow(() -> quotas.admit(member, team, "m"));
    }

    @Test
    void aGroupMemberCannotUseAModelOutsideTheGroupsList() {
        Group team = group(null, null, List.of("allowed"));
        Requester member = member(team);
        assertDoesNotThrow(() -> quotas.admit(member, team, "allowed"));
        assertThrows(ForbiddenException.class, () -> quotas.admit(member, team, "other"));
    }

    @Test
    void usersWithoutAGroupHaveTheSettingsQuotaAndGuestsTheirDailyOne() {
        settings.update(new QuotaSettings("CNY", 20L, 5L));
        Requester loner = member(null);
        assertEquals(null, quotas.groupOf(loner));
        spend(loner, null, 20);
        assertThrows(QuotaExceededException.class, () -> quotas.admit(loner, null, "m"));
        Requester guest = Requester.guest("10.9.9.9");
        spend(guest, null, 5);
        QuotaExceededException refused = assertThrows(QuotaExceededException.class,
                () -> quotas.admit(guest, null, "m"));
        assertEquals(Instant.parse("2026-12-30T16:00:00Z"), refused.resetAt());
    }

    @Test
    void myUsageShowsTheMonthTheQuotaAndWhatIsLeft() {
        Group team = group(null, 100L, List.of());
        Requester member = member(team);
        spend(member, team, 30);
        MyUsage mine = quotas.usage(member.userId());
        assertEquals(Instant.parse("2026-11-30T16:00:00Z"), mine.periodStart());
        assertEquals(Instant.parse("2026-12-31T16:00:00Z"), mine.periodEnd());
        assertEquals(1, mine.calls());
        assertEquals(30, mine.tokens());
        assertEquals(100L, mine.tokenQuota());
        assertEquals(70L, mine.remainingTokens());
        assertNull(mine.costQuotaNanos());
        assertNull(mine.remainingCostNanos());
    }

    /** Settings held in a field. */
    private static final class Settings implements QuotaSettingsRepository {
        private volatile QuotaSettings stored;

        @Override
        public Optional<QuotaSettings> load() {
            return Optional.ofNullable(stored);
        }

        @Override
        public void store(QuotaSettings settings) {
            stored = settings;
        }
    }
}
