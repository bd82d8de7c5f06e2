package dev.switchboard.domain.usage;

import dev.switchboard.domain.channel.ChannelId;
import dev.switchboard.domain.shared.InvalidInputException;
import java.time.Instant;
import java.util.Locale;

/**
 * Which usage rows an admin wants: created in [{@code from}, {@code to}), the user's email containing
 * {@code user} (any case), the IP inside {@code ip}, and exact model, channel and status, the API key
 * ({@link #matchesKey}) and the group at write time ({@link #matchesGroup}). Null means "any".
 * {@link #matches} is the definition every repository's query must agree with.
 */
public record UsageLogFilter(
        Instant from,
        Instant to,
        String user,
        IpRange ip,
        String modelId,
        ChannelId channelId,
        UsageStatus status,
        String apiKey,
        String group) {

    public static final int MAX_TEXT = 254;

    public UsageLogFilter {
        user = blankToNull(user, "user");
        user = user == null ? null : user.toLowerCase(Locale.ROOT);
        modelId = blankToNull(modelId, "model");
        apiKey = blankToNull(apiKey, "api_key");
        apiKey = apiKey == null ? null : apiKey.toLowerCase(Locale.ROOT);
        group = blankToNull(group, "group");
        group = group == null ? null : group.toLowerCase(Locale.ROOT);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInputException("end", "end must be after start");
        }
    }

    public UsageLogFilter(Instant from, Instant to, String user, IpRange ip, String modelId, ChannelId channelId,
                          UsageStatus status) {
        this(from, to, user, ip, modelId, channelId, status, null, null);
    }

    public UsageLogFilter(Instant from, Instant to, String user, IpRange ip, String modelId, ChannelId channelId,
                          UsageStatus status, String apiKey) {
        this(from, to, user, ip, modelId, channelId, status, apiKey, null);
    }

    public static UsageLogFilter any() {
        return new UsageLogFilter(null, null, null, null, null, null, null, null, null);
    }

    /** {@code group} is a group's id (all digits) or its whole name (any case), as the row recorded it. */
    public boolean matchesGroup(Long groupId, String groupName) {
        if (group == null) {
            return true;
        }
        if (groupIsId()) {
            return groupId != null && groupId == Long.parseLong(group);
        }
        return groupName != null && groupName.toLowerCase(Locale.ROOT).equals(group);
    }

    public boolean groupIsId() {
        return group != null && group.length() <= 18 && group.chars().allMatch(Character::isDigit);
    }

    /** {@code apiKey} is a key's id (all digits) or part of its name (any case). */
    public boolean matchesKey(Long keyId, String keyName) {
        if (apiKey == null) {
            return true;
        }
        if (apiKeyIsId()) {
            return keyId != null && keyId == Long.parseLong(apiKey);
        }
        return keyName != null && keyName.toLowerCase(Locale.ROOT).contains(apiKey);
    }

    public boolean apiKeyIsId() {
        return apiKey != null && apiKey.length() <= 18 && apiKey.chars().allMatch(Character::isDigit);
    }

    public boolean matches(UsageLogEntry e) {
        return (from == null || !e.createdAt().isBefore(from))
                && (to == null || e.createdAt().isBefore(to))
                && (user == null || e.userEmail() != null && e.userEmail().toLowerCase(Locale.ROOT).contains(user))
                && (ip == null || ip.contains(e.ipAddress()))
                && (modelId == null || modelId.equals(e.modelId()))
                && (channelId == null || channelId.equals(e.channelId()))
                && (status == null || status == e.status())
                && matchesKey(e.apiKeyId(), e.apiKeyName())
                && matchesGroup(e.groupId(), e.groupName());
    }

    private static String blankToNull(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_TEXT) {
            throw new InvalidInputException(field, field + " must be at most " + MAX_TEXT + " characters");
        }
        return trimmed;
    }
}
