package dev.switchboard.adapter.persistence.group;

import dev.switchboard.adapter.persistence.support.Constraints;
import dev.switchboard.adapter.persistence.support.PooledConnections;
import dev.switchboard.adapter.persistence.support.SqlValues;
import dev.switchboard.application.error.ConflictException;
import dev.switchboard.application.policy.quota.CostPolicy;
import dev.switchboard.application.port.out.group.GroupRepository;
import dev.switchboard.domain.group.Group;
import dev.switchboard.domain.group.GroupId;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@link GroupRepository} on {@code user_groups} in portable SQL. Cost quotas are stored as nano-units (like every
 * cost), the model list newline-separated; deleting a group clears {@code users.group_id} in the same transaction.
 */
@Singleton
class JdbcGroupRepository implements GroupRepository {

    private static final String COLUMNS = "name, rpm, allowed_models, monthly_token_quota, monthly_cost_quota_nanos, "
            + "member_monthly_token_quota, member_monthly_cost_quota_nanos";
    private static final String SELECT = "SELECT id, " + COLUMNS + " FROM user_groups";

    private final PooledConnections connections;
    private final Clock clock;

    JdbcGroupRepository(PooledConnections connections, Clock clock) {
        this.connections = connections;
        this.clock = clock;
    }

    @Override
    public List<Group> findAll() {
        return connections.read(c -> select(c, SELECT + " ORDER BY id", null));
    }

    @Override
    public Optional<Group> findById(GroupId id) {
        return connections.read(c -> select(c, SELECT + " WHERE id = ?", id.value())).stream().findFirst();
    }

    @Override
    public Group save(Group group) {
        try {
            return connections.inTransaction(c -> group.id() == null ? insert(c, group) : update(c, group));
        } catch (RuntimeException e) {
            if (Constraints.isUniqueViolation(e)) {
                throw new ConflictException("a group named '" + group.name() + "' already exists");
            }
            throw e;
        }
    }

    @Override
    public boolean delete(GroupId id) {
        return connections.inTransaction(c -> {
            try (PreparedStatement members = c.prepareStatement("UPDATE users SET group_id = NULL WHERE group_id = ?");
                 PreparedStatement group = c.prepareStatement("DELETE FROM user_groups WHERE id = ?")) {
                members.setLong(1, id.value());
                members.executeUpdate();
                group.setLong(1, id.value());
                return group.executeUpdate() > 0;
            }
        });
    }

    private Group insert(Connection c, Group g) throws SQLException {
        String sql = "INSERT INTO user_groups (" + COLUMNS + ", created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            int next = bindFields(ps, g);
            SqlValues.bind(ps, next, clock.instant());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return g.storedAs(new GroupId(keys.getLong(1)));
            }
        }
    }

    private static Group update(Connection c, Group g) throws SQLException {
        String sql = "UPDATE user_groups SET name = ?, rpm = ?, allowed_models = ?, monthly_token_quota = ?, "
                + "monthly_cost_quota_nanos = ?, member_monthly_token_quota = ?, member_monthly_cost_quota_nanos = ? "
                + "WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int next = bindFields(ps, g);
            ps.setLong(next, g.id().value());
            ps.executeUpdate();
            return g;
        }
    }

    private static int bindFields(PreparedStatement ps, Group g) throws SQLException {
        return SqlValues.bindAll(ps, Arrays.asList(g.name(), g.rpm(), String.join("\n", g.allowedModels()),
                g.monthlyTokenQuota(), CostPolicy.nanos(g.monthlyCostQuota()), g.memberMonthlyTokenQuota(),
                CostPolicy.nanos(g.memberMonthlyCostQuota())));
    }

    private static List<Group> select(Connection c, String sql, Long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (id != null) {
                ps.setLong(1, id);
            }
            List<Group> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(toDomain(rs));
                }
            }
            return out;
        }
    }

    private static Group toDomain(ResultSet rs) throws SQLException {
        String models = rs.getString("allowed_models");
        Integer rpm = rs.getObject("rpm") == null ? null : rs.getInt("rpm");
        return new Group(new GroupId(rs.getLong("id")), rs.getString("name"), rpm,
                models == null || models.isEmpty() ? List.of() : List.of(models.split("\n")),
                SqlValues.nullableLong(rs, "monthly_token_quota"),
                CostPolicy.amount(SqlValues.nullableLong(rs, "monthly_cost_quota_nanos")),
                SqlValues.nullableLong(rs, "member_monthly_token_quota"),
                CostPolicy.amount(SqlValues.nullableLong(rs, "member_monthly_cost_quota_nanos")));
    }
}
