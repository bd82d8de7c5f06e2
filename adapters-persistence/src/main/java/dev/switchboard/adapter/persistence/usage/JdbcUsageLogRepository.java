package dev.switchboard.adapter.persistence.usage;

import dev.switchboard.adapter.persistence.support.PooledConnections;
import dev.switchboard.adapter.persistence.support.SqlValues;
import dev.switchboard.application.port.out.usage.UsageLogRepository;
import dev.switchboard.domain.usage.PageRequest;
import dev.switchboard.domain.usage.UsageLogEntry;
import dev.switchboard.domain.usage.UsageLogFilter;
import dev.switchboard.domain.usage.UsageLogPage;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** {@link UsageLogRepository} on {@code chat_logs}: filtered pages, streamed exports, batched deletes. */
@Singleton
class JdbcUsageLogRepository implements UsageLogRepository {

    private static final String DELETE_OLD = "DELETE FROM chat_logs WHERE id IN "
            + "(SELECT id FROM chat_logs WHERE created_at < ? ORDER BY created_at LIMIT ?)";

    private final PooledConnections connections;
    private final DailyRollups rollups;

    JdbcUsageLogRepository(PooledConnections connections, DailyRollups rollups) {
        this.connections = connections;
        this.rollups = rollups;
    }

    @Override
    public UsageLogPage find(UsageLogFilter filter, PageRequest page) {
        return connections.read(c -> {
            UsageLogWhere where = where(c, filter);
            long total = filter.equals(UsageLogFilter.any()) ? UnfilteredTotal.count(c, rollups.zone()) : count(c, where);
            List<UsageLogEntry> items = new ArrayList<>();
            if (page.offset() < total) {
                String sql = UsageLogColumns.SELECT + where.sql() + UsageLogColumns.NEWEST_FIRST + " LIMIT ? OFFSET ?";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    int next = SqlValues.bindAll(ps, where.params());
                    ps.setInt(next, page.size());
                    ps.setLong(next + 1, page.offset());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            items.add(UsageLogColumns.toDomain(rs));
                        }
                    }
                }
            }
            return new UsageLogPage(items, total, page.page(), page.size());
        });
    }

    private static UsageLogWhere where(Connection c, UsageLogFilter filter) throws SQLException {
        if (filter.user() == null) {
            return UsageLogWhere.of(filter);
        }
        List<Long> users = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(UsageLogWhere.MATCHING_USERS + " LIMIT ?")) {
            ps.setString(1, UsageLogWhere.userPattern(filter));
            ps.setInt(2, UsageLogWhere.MAX_LISTED_USERS + 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    users.add(rs.getLong(1));
                }
            }
        }
        return users.size() > UsageLogWhere.MAX_LISTED_USERS ? UsageLogWhere.of(filter) : UsageLogWhere.of(filter, users);
    }

    private static long count(Connection c, UsageLogWhere where) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM chat_logs" + where.sql())) {
            SqlValues.bindAll(ps, where.params());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Override
    public Stream<UsageLogEntry> stream(UsageLogFilter filter) {
        UsageLogWhere where = connections.read(c -> where(c, filter));
        return RowStream.open(connections.open(), UsageLogColumns.SELECT + where.sql() + UsageLogColumns.NEWEST_FIRST,
                where.params(), UsageLogColumns::toDomain);
    }

    @Override
    public int deleteOlderThan(Instant cutoff, int batchSize) {
        return connections.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(DELETE_OLD)) {
                ps.setTimestamp(1, Timestamp.from(cutoff));
                ps.setInt(2, batchSize);
                int deleted = ps.executeUpdate();
                if (deleted > 0) {
                    UnfilteredTotal.recordDeletionBefore(c, cutoff);
                }
                return deleted;
            }
        });
    }
}
