package dev.switchboard.adapter.persistence.usage;

import dev.switchboard.adapter.persistence.support.PooledConnections;
import dev.switchboard.adapter.persistence.support.SqlValues;
import dev.switchboard.application.port.out.stats.UserUsageTotals;
import dev.switchboard.domain.user.UserId;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link UserUsageTotals} from {@code chat_logs}, for one page of users at a time (on the user index). */
@Singleton
class JdbcUserUsageTotals implements UserUsageTotals {

    private final PooledConnections connections;

    JdbcUserUsageTotals(PooledConnections connections) {
        this.connections = connections;
    }

    @Override
    public Map<UserId, Totals> since(Collection<UserId> users, Instant from) {
        if (users.isEmpty()) {
            return Map.of();
        }
        String marks = String.join(",", Collections.nCopies(users.size(), "?"));
        String sql = "SELECT user_id, COUNT(*), SUM(prompt_tokens + completion_tokens), SUM(cost_nanos) FROM chat_logs"
                + " WHERE user_id IN (" + marks + ") AND created_at >= ? GROUP BY user_id";
        List<Object> params = new ArrayList<>();
        users.forEach(u -> params.add(u.value()));
        params.add(from);
        return connections.read(c -> {
            Map<UserId, Totals> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                SqlValues.bindAll(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(new UserId(rs.getLong(1)), new Totals(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                    }
                }
            }
            return out;
        });
    }
}
