package dev.switchboard.adapter.persistence.usage;

import dev.switchboard.domain.usage.IpRange;
import dev.switchboard.domain.usage.UsageLogFilter;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL condition of a {@link UsageLogFilter}, with only the criteria that are set, so the planner can
 * pick the matching index. It must accept exactly the rows {@link UsageLogFilter#matches} accepts.
 */
record UsageLogWhere(String sql, List<Object> params) {

    static UsageLogWhere of(UsageLogFilter f) {
        List<String> terms = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (f.from() != null) {
            terms.add("created_at >= ?");
            params.add(f.from());
        }
        if (f.to() != null) {
            terms.add("created_at < ?");
            params.add(f.to());
        }
        if (f.user() != null) {
            terms.add("user_id IN (SELECT user_id FROM usage_log_users WHERE LOWER(user_email) LIKE ? ESCAPE '\\')");
            params.add("%" + escapeLike(f.user()) + "%");
        }
        IpRange ip = f.ip();
        if (ip != null && ip.isSingleAddress()) {
            terms.add("ip_key = ?");
            params.add(ip.lowKey());
        } else if (ip != null) {
            terms.add("ip_key BETWEEN ? AND ?");
            params.add(ip.lowKey());
            params.add(ip.highKey());
        }
        if (f.modelId() != null) {
            terms.add("model_id = ?");
            params.add(f.modelId());
        }
        if (f.channelId() != null) {
            terms.add("channel_id = ?");
            params.add(f.channelId().value());
        }
        if (f.status() != null) {
            terms.add("status = ?");
            params.add(f.status().wireName());
        }
        if (f.apiKeyIsId()) {
            terms.add("api_key_id = ?");
            params.add(Long.parseLong(f.apiKey()));
        } else if (f.apiKey() != null) {
            terms.add("LOWER(api_key_name) LIKE ? ESCAPE '\\'");
            params.add("%" + escapeLike(f.apiKey()) + "%");
        }
        return new UsageLogWhere(terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms), params);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
