package dev.switchboard.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.error.ConflictException;
import dev.switchboard.application.port.out.group.GroupRepository;
import dev.switchboard.domain.group.Group;
import dev.switchboard.domain.group.GroupId;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every group store must do; run against the fake, SQLite and PostgreSQL. */
public abstract class GroupRepositoryContract {

    protected abstract GroupRepository repository();

    private static String name() {
        return "class-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void storesEveryFieldAndReadsItBack() {
        Group saved = repository().save(new Group(null, name(), 30, List.of("gpt-4o", "deepseek-r1"), 20_000_000L,
                new BigDecimal("12.5"), 200_000L, new BigDecimal("0.000000001")));
        Group read = repository().findById(saved.id()).orElseThrow();
        assertEquals(saved.name(), read.name());
        assertEquals(30, read.rpm());
        assertEquals(List.of("gpt-4o", "deepseek-r1"), read.allowedModels());
        assertEquals(20_000_000L, read.monthlyTokenQuota());
        assertEquals(0, new BigDecimal("12.5").compareTo(read.monthlyCostQuota()));
        assertEquals(200_000L, read.memberMonthlyTokenQuota());
        assertEquals(0, new BigDecimal("0.000000001").compareTo(read.memberMonthlyCostQuota()));
        assertTrue(repository().findAll().stream().anyMatch(g -> g.id().equals(saved.id())));
    }

    @Test
    void keepsNullLimitsAndAnEmptyModelListAsTheyAre() {
        Group saved = repository().save(new Group(null, name(), null, List.of(), null, null, null, null));
        assertEquals(saved, repository().findById(saved.id()).orElseThrow());
    }

    @Test
    void updatesInPlaceAndRefusesATakenName() {
        Group first = repository().save(new Group(null, name(), null, List.of(), null, null, null, null));
        Group second = repository().save(new Group(null, name(), null, List.of(), null, null, null, null));
        Group renamed = repository().save(new Group(first.id(), name(), 5, List.of("m"), 1L, null, 2L, null));
        assertEquals(renamed, repository().findById(first.id()).orElseThrow());
        assertThrows(ConflictException.class, () -> repository().save(
                new Group(null, second.name(), null, List.of(), null, null, null, null)));
        assertThrows(ConflictException.class, () -> repository().save(
                new Group(second.id(), renamed.name(), null, List.of(), null, null, null, null)));
    }

    @Test
    void deletesOnceAndSaysWhetherThereWasOne() {
        Group saved = repository().save(new Group(null, name(), null, List.of(), null, null, null, null));
        assertTrue(repository().delete(saved.id()));
        assertFalse(repository().delete(saved.id()));
        assertTrue(repository().findById(saved.id()).isEmpty());
        assertTrue(repository().findById(new GroupId(987_654_321L)).isEmpty());
    }
}
