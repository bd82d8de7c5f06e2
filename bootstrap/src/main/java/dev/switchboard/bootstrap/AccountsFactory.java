package dev.switchboard.bootstrap;

import dev.switchboard.application.port.in.auth.RegisterUserUseCase;
import dev.switchboard.application.port.in.settings.ManageSettingsUseCase;
import dev.switchboard.application.port.out.key.ApiKeyRepository;
import dev.switchboard.application.port.out.ratelimit.SignInAttemptLimiter;
import dev.switchboard.application.port.out.security.PasswordHasher;
import dev.switchboard.application.port.out.stats.UserUsageTotals;
import dev.switchboard.application.port.out.user.AdminRepository;
import dev.switchboard.application.port.out.user.RevokedTokenStore;
import dev.switchboard.application.port.out.user.UserRepository;
import dev.switchboard.application.port.out.change.ChangeFeed;
import dev.switchboard.application.service.auth.AccountStates;
import dev.switchboard.application.service.auth.ActivityRecorder;
import dev.switchboard.application.service.auth.RegistrationService;
import dev.switchboard.application.service.auth.RevokedTokens;
import dev.switchboard.application.service.auth.SessionService;
import dev.switchboard.application.service.key.ApiKeyService;
import dev.switchboard.application.service.user.UserAdminService;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import dev.switchboard.application.port.out.group.GroupRepository;
import dev.switchboard.domain.group.GroupId;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;

/**
 * Wires accounts, sessions and API keys. The account states and the key directory are loaded at start-up
 * ({@code @Context}) because the request filters read them from memory and must never wait on the database;
 * their {@code reload()} is the hook for changes made on another instance.
 */
@Factory
class AccountsFactory {

    /** The limiter of sign-ups per address (GuardrailsFactory, or RedisFactory across instances). */
    static final String SIGN_UPS = "sign-ups";
    /** Sign-ups per address are counted over a rolling hour ({@code registrations_per_ip_hour}). */
    static final Duration SIGN_UP_WINDOW = Duration.ofHours(1);

    @Context
    AccountStates accountStates(UserRepository users, AdminRepository admins, ChangeFeed changes) {
        AccountStates states = new AccountStates(users, admins, changes);
        states.reload();
        return states;
    }

    @Context
    RevokedTokens revokedTokens(Clock clock, RevokedTokenStore store, ChangeFeed changes) {
        RevokedTokens revoked = new RevokedTokens(clock, store, changes);
        revoked.reload();
        return revoked;
    }

    @Singleton
    ActivityRecorder activityRecorder(UserRepository users, ApiKeyRepository keys,
                                      @Named(TaskExecutors.BLOCKING) ExecutorService executor, Clock clock) {
        return new ActivityRecorder(users, keys, executor, clock);
    }

    @Singleton
    SessionService sessions(AccountStates accounts, RevokedTokens revoked, ActivityRecorder activity,
                            UserRepository users, AdminRepository admins) {
        return new SessionService(accounts, revoked, activity, users, admins);
    }

    @Context
    ApiKeyService apiKeys(ApiKeyRepository keys, AccountStates accounts, ActivityRecorder activity, Clock clock,
                          ChangeFeed changes) {
        ApiKeyService service = new ApiKeyService(keys, accounts, activity, clock, changes);
        service.reload();
        return service;
    }

    @Singleton
    RegisterUserUseCase registerUser(UserRepository users, PasswordHasher hasher, Clock clock, AccountStates accounts,
                                     ManageSettingsUseCase settings, @Named(SIGN_UPS) SignInAttemptLimiter signUps) {
        return new RegistrationService(users, hasher, clock, accounts, settings, signUps);
    }

    @Singleton
    UserAdminService manageUsers(UserRepository users, ApiKeyRepository keys, ApiKeyService keyDirectory,
                                 UserUsageTotals totals, RegisterUserUseCase registration, PasswordHasher hasher,
                                 AccountStates accounts, Clock clock, GroupRepository groups) {
        return new UserAdminService(users, keys, keyDirectory, totals, registration, hasher, accounts, clock,
                id -> groups.findById(new GroupId(id)).isPresent());
    }
}
