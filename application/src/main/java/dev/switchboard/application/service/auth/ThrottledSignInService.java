package dev.switchboard.application.service.auth;

import dev.switchboard.application.error.RateLimitExceededException;
import dev.switchboard.application.port.in.auth.Principal;
import dev.switchboard.application.port.in.auth.SignInUseCase;
import dev.switchboard.application.port.in.auth.ThrottledSignInUseCase;
import dev.switchboard.application.port.out.ratelimit.SignInAttemptLimiter;
import dev.switchboard.domain.ratelimit.RateDecision;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Puts {@link SignInThrottlePolicy} in front of {@link SignInUseCase}. Each attempt takes a place in the
 * (IP, account) and the IP windows before the (slow) password check — so concurrent guesses cannot slip past
 * the limit and a refused attempt costs no bcrypt work — and is counted on the account's window, which only
 * feeds the pause. A successful sign-in gives every place back: only failures stay counted.
 */
public class ThrottledSignInService implements ThrottledSignInUseCase {

    private final SignInUseCase signIn;
    private final SignInAttemptLimiter limiter;
    private final SignInThrottlePolicy policy;

    public ThrottledSignInService(SignInUseCase signIn, SignInAttemptLimiter limiter, SignInThrottlePolicy policy) {
        this.signIn = signIn;
        this.limiter = limiter;
        this.policy = policy;
    }

    @Override
    public Duration pauseBeforeUser(String email) {
        return policy.pauseFor(limiter.counted(accountKey(user(email))));
    }

    @Override
    public Duration pauseBeforeAdmin(String username) {
        return policy.pauseFor(limiter.counted(accountKey(admin(username))));
    }

    @Override
    public Principal signInUser(String clientIp, String email, String password) {
        return guarded(clientIp, user(email), () -> signIn.signInUser(email, password));
    }

    @Override
    public Principal signInAdmin(String clientIp, String username, String password) {
        return guarded(clientIp, admin(username), () -> signIn.signInAdmin(username, password));
    }

    private Principal guarded(String clientIp, String account, Supplier<Principal> attempt) {
        List<String> taken = new ArrayList<>(3);
        take(taken, "signin-ip-account:" + clientIp + "|" + account, policy.maxFailuresPerIpAndAccount());
        take(taken, "signin-ip:" + clientIp, policy.maxFailuresPerIp());
        String accountKey = accountKey(account);
        if (limiter.tryAcquire(accountKey, SignInThrottlePolicy.ACCOUNT_COUNT_CAP).allowed()) {
            taken.add(accountKey); // a full account window only means "the longest pause": never a refusal
        }
        Principal principal = attempt.get(); // a failure throws and stays counted on every key taken
        taken.forEach(limiter::release);
        return principal;
    }

    /** Takes a place in {@code key}'s window, or gives back the places taken so far and refuses with 429. */
    private void take(List<String> taken, String key, int max) {
        RateDecision decision = limiter.tryAcquire(key, max);
        if (decision.allowed()) {
            taken.add(key);
            return;
        }
        taken.forEach(limiter::release);
        long millis = decision.retryAfter().toMillis();
        throw new RateLimitExceededException((int) Math.max(1, (millis + 999) / 1000));
    }

    private static String accountKey(String account) {
        return "signin-account:" + account;
    }

    private static String user(String email) {
        return "user:" + normalise(email);
    }

    private static String admin(String username) {
        return "admin:" + normalise(username);
    }

    private static String normalise(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
