package dev.switchboard.adapter.persistence.usage;

import dev.switchboard.adapter.persistence.support.SqlValues;
import dev.switchboard.domain.channel.ChannelId;
import dev.switchboard.domain.usage.Endpoint;
import dev.switchboard.domain.usage.UsageLogEntry;
import dev.switchboard.domain.usage.UsageStatus;
import dev.switchboard.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The columns of {@code chat_logs} a query selects, and the mapping of one result row to the domain. */
final class UsageLogColumns {

    static final String SELECT = "SELECT id, created_at, ip_address, user_id, user_email, model_id, channel_id, "
            + "channel_name, prompt_tokens, completion_tokens, status, latency_ms, api_key_id, api_key_name, cached_tokens, reasoning_tokens, endpoint, cost_nanos, group_id, group_name FROM chat_logs";
    static final String NEWEST_FIRST = " ORDER BY created_at DESC, id DESC";

    private UsageLogColumns() {
    }

    static UsageLogEntry toDomain(ResultSet rs) throws SQLException {
        Long userId = SqlValues.nullableLong(rs, "user_id");
        Long channelId = SqlValues.nullableLong(rs, "channel_id");
        return new UsageLogEntry(rs.getLong("id"), SqlValues.instant(rs, "created_at"), rs.getString("ip_address"),
                userId == null ? null : new UserId(userId), rs.getString("user_email"), rs.getString("model_id"),
                channelId == null ? null : new ChannelId(channelId), rs.getString("channel_name"),
                rs.getInt("prompt_tokens"), rs.getInt("completion_tokens"),
                UsageStatus.fromWireName(rs.getString("status")), rs.getLong("latency_ms"),
                SqlValues.nullableLong(rs, "api_key_id"), rs.getString("api_key_name"),
                rs.getInt("cached_tokens"), rs.getInt("reasoning_tokens"),
                Endpoint.fromWireName(rs.getString("endpoint")), SqlValues.nullableLong(rs, "cost_nanos"),
                SqlValues.nullableLong(rs, "group_id"), rs.getString("group_name"));
    }
}
