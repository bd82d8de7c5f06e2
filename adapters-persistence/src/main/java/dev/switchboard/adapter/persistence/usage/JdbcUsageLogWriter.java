package dev.switchboard.adapter.persistence.usage;

import dev.switchboard.application.port.out.usage.UsageLogWriter;
import dev.switchboard.domain.usage.UsageLogEntry;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * {@link UsageLogWriter} on {@code chat_logs}: one transaction per batch, row by row inside it, because
 * sqlite-jdbc cannot hand back generated keys for a JDBC batch.
 */
@Singleton
class JdbcUsageLogWriter implements UsageLogWriter {

    private final ChatLogRowRepository rows;

    JdbcUsageLogWriter(ChatLogRowRepository rows) {
        this.rows = rows;
    }

    @Override
    @Transactional
    public void append(List<UsageLogEntry> entries) {
        for (UsageLogEntry entry : entries) {
            rows.save(toRow(entry));
        }
    }

    static ChatLogRow toRow(UsageLogEntry e) {
        return new ChatLogRow(null, e.createdAt(), e.ipAddress(), e.userId() == null ? null : e.userId().value(),
                e.userEmail(), e.modelId(), e.channelId() == null ? null : e.channelId().value(), e.channelName(),
                e.promptTokens(), e.completionTokens(), e.status().wireName(), e.latencyMs());
    }
}
