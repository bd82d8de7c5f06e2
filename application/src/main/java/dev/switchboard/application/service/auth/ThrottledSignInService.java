package dev.switchboard.application.service.auth;

import dev.switchboard.application.error.RateLimitExceededException;
import dev.switchboard.application.port.in.auth.Principal;
import dev.switchboard.application.port.in.auth.SignInUseCase;
import dev.switchboard.application.port.in.auth.ThrottledSignInUseCase;
import dev.switchboard.application.port.out.ratelimit.SignInAttemptLimiter;
import dev.switchboard.domain.ratelimit.RateDecision;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Puts a failure budget in front of {@link SignInUseCase}: each attempt takes a place from the client IP's
 * and the account's windows before the (slow) password check, and a successful one gives both back. So
 * concurrent guesses cannot slip past the limit, and a refused attempt costs no bcrypt work.
 */
public class ThrottledSignInService implements ThrottledSignInUseCase {

    private final SignInUseCase signIn;
    private final SignInAttemptLimiter limiter;
    private final int maxFailures;

    public ThrottledSignInService(SignInUseCase signIn, SignInAttemptLimiter limiter, int maxFailures) {
        this.signIn = signIn;
        this.limiter = limiter;
        this.maxFailures = maxFailures;
    }

    @Override
    public Principal signInUser(String clientIp, String email, String password) {
        return guarded(clientIp, "user:" + normalise(email), () -> signIn.signInUser(email, password));
    }

    @Override
    public Principal signInAdmin(String clientIp, String username, String password) {
        return guarded(clientIp, "admin:" + normalise(username), () -> signIn.signInAdmin(username, password));
    }

    private Principal guarded(String clientIp, String account, Supplier<Principal> attempt) {
        String ipKey = "signin-ip:" + clientIp;
        String accountKey = "signin-account:" + account;
        refuseUnless(limiter.tryAcquire(ipKey, maxFailures));
        RateDecision byAccount = limiter.tryAcquire(accountKey, maxFailures);
        if (!byAccount.allowed()) {
            limiter.release(ipKey);
            refuseUnless(byAccount);
        }
        Principal principal = attempt.get(); // a failure throws and stays counted against both keys
        limiter.release(ipKey);
        limiter.release(accountKey);
        return principal;
    }

    private static void refuseUnless(RateDecision decision) {
        if (!decision.allowed()) {
            long millis = decision.retryAfter().toMillis();
            throw new RateLimitExceededException((int) Math.max(1, (millis + 999) / 1000));
        }
    }

    private static String normalise(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
