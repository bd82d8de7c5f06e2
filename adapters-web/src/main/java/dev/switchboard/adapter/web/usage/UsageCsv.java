package dev.switchboard.adapter.web.usage;

import dev.switchboard.adapter.web.support.ApiTime;
import dev.switchboard.application.policy.quota.CostPolicy;
import dev.switchboard.domain.usage.UsageLogEntry;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The usage log as CSV for Excel: UTF-8 with a byte-order mark (so Chinese shows correctly), RFC 4180
 * quoting and CRLF line ends, and text cells that a spreadsheet would run as a formula defused.
 */
final class UsageCsv {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final String HEADER = "id,created_at,ip_address,user_id,username,model_id,channel_id,channel_name,"
            + "prompt_tokens,completion_tokens,status,latency_ms,api_key_id,api_key_name,cached_tokens,reasoning_tokens,endpoint,"
            + "cost,group\r\n";

    private final ApiTime time;

    UsageCsv(ApiTime time) {
        this.time = time;
    }

    /** The byte-order mark and the header row: the first bytes of every export. */
    static byte[] preamble() {
        byte[] header = HEADER.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + header.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(header, 0, out, BOM.length, header.length);
        return out;
    }

    byte[] rows(List<UsageLogEntry> entries) {
        StringBuilder out = new StringBuilder(entries.size() * 160);
        entries.forEach(e -> row(out, e));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void row(StringBuilder out, UsageLogEntry e) {
        out.append(e.id()).append(',')
                .append(time.format(e.createdAt())).append(',')
                .append(text(e.ipAddress())).append(',')
                .append(e.userId() == null ? "" : e.userId().value()).append(',')
                .append(text(e.userEmail())).append(',')
                .append(text(e.modelId())).append(',')
                .append(e.channelId() == null ? "" : e.channelId().value()).append(',')
                .append(text(e.channelName())).append(',')
                .append(e.promptTokens()).append(',')
                .append(e.completionTokens()).append(',')
                .append(text(e.status().wireName())).append(',')
                .append(e.latencyMs()).append(',')
                .append(e.apiKeyId() == null ? "" : e.apiKeyId()).append(',')
                .append(text(e.apiKeyName())).append(',')
                .append(e.cachedTokens()).append(',')
                .append(e.reasoningTokens()).append(',')
                .append(e.endpoint().wireName()).append(',')
                .append(e.costNanos() == null ? "" : CostPolicy.toAmount(e.costNanos()).toPlainString()).append(',')
                .append(text(e.groupName())).append("\r\n");
    }

    /** One text cell: a leading = + - @ tab or CR gets a quote mark; quotes, commas and line breaks get quoted. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String cell = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
