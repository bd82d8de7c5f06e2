package dev.switchboard.application.port.out.stats;

import dev.switchboard.domain.user.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** Calls, tokens and cost per user since an instant, for the admin's user list. Blocking. */
public interface UserUsageTotals {

    /** Per user with at least one call; users without calls are absent. */
    Map<UserId, Totals> since(Collection<UserId> users, Instant from);

    /** One user's calls, tokens (prompt + completion) and cost in nano-units of the currency. */
    record Totals(long calls, long tokens, long costNanos) {
        public static final Totals NONE = new Totals(0, 0, 0);

        public Totals(long calls, long tokens) {
            this(calls, tokens, 0);
        }
    }
}
