package dev.switchboard.application.service.auth;

import dev.switchboard.application.error.NotFoundException;
import dev.switchboard.application.port.in.auth.EndSessionsUseCase;
import dev.switchboard.application.port.in.auth.SessionCheckQuery;
import dev.switchboard.application.port.out.user.AdminRepository;
import dev.switchboard.application.port.out.user.UserRepository;
import dev.switchboard.domain.user.AdminId;
import dev.switchboard.domain.user.Role;
import dev.switchboard.domain.user.SessionRule;
import dev.switchboard.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/** Judges tokens from memory ({@link AccountStates}, {@link RevokedTokens}) and ends sessions on request. */
public class SessionService implements SessionCheckQuery, EndSessionsUseCase {

    private final AccountStates accounts;
    private final RevokedTokens revoked;
    private final ActivityRecorder activity;
    private final UserRepository users;
    private final AdminRepository admins;

    public SessionService(AccountStates accounts, RevokedTokens revoked, ActivityRecorder activity,
                          UserRepository users, AdminRepository admins) {
        this.accounts = accounts;
        this.revoked = revoked;
        this.activity = activity;
        this.users = users;
        this.admins = admins;
    }

    @Override
    public SessionRule.Verdict check(Role role, long accountId, Integer tokenVersion, boolean hasExpiry,
                                     String tokenId) {
        Optional<AccountStates.State> state = accounts.find(role, accountId);
        SessionRule.Verdict verdict = SessionRule.judge(hasExpiry, revoked.isRevoked(tokenId), state.isPresent(),
                state.map(AccountStates.State::enabled).orElse(false),
                state.map(AccountStates.State::tokenVersion).orElse(-1), tokenVersion);
        if (verdict == SessionRule.Verdict.VALID && role == Role.USER) {
            activity.userSeen(new UserId(accountId));
        }
        return verdict;
    }

    @Override
    public void logout(String tokenId, Instant expiresAt) {
        revoked.revoke(tokenId, expiresAt);
    }

    @Override
    public void logoutEverywhere(Role role, long accountId) {
        if (role == Role.USER) {
            users.findById(new UserId(accountId))
                    .map(u -> users.update(u.sessionsEnded()))
                    .ifPresentOrElse(accounts::userChanged, () -> {
                        throw new NotFoundException("this account no longer exists");
                    });
        } else {
            admins.findById(new AdminId(accountId))
                    .map(a -> admins.save(a.sessionsEnded()))
                    .ifPresentOrElse(accounts::adminChanged, () -> {
                        throw new NotFoundException("this account no longer exists");
                    });
        }
    }
}
