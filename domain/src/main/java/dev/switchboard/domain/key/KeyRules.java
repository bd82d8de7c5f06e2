package dev.switchboard.domain.key;

import dev.switchboard.domain.ipblock.CidrRange;
import dev.switchboard.domain.shared.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Input rules of a key's fields, each naming the field it refuses (SPEC §10 "Bad input"). */
public final class KeyRules {

    public static final int MAX_NAME = 100;
    public static final int MAX_MODELS = 100;
    public static final int MAX_MODEL_LENGTH = 200;
    public static final int MAX_CIDRS = 50;
    public static final int MAX_KEYS_PER_USER = 50;

    private KeyRules() {
    }

    public static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "name must not be empty");
        }
        String trimmed = name.strip();
        if (trimmed.length() > MAX_NAME) {
            throw new InvalidInputException("name", "name must be at most " + MAX_NAME + " characters");
        }
        refuseControlCharacters("name", trimmed);
        return trimmed;
    }

    /** A new or changed expiry must lie in the future; null means "never". */
    public static Instant expiry(Instant expiresAt, Instant now) {
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new InvalidInputException("expires_at", "expires_at must be in the future (or null for never)");
        }
        return expiresAt;
    }

    /** Free model names (models come and go), trimmed and de-duplicated; an empty list allows every model. */
    public static List<String> models(List<String> models) {
        if (models == null) {
            return List.of();
        }
        if (models.size() > MAX_MODELS) {
            throw new InvalidInputException("allowed_models", "allowed_models may list at most " + MAX_MODELS + " models");
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String model : models) {
            if (model == null || model.isBlank() || model.strip().length() > MAX_MODEL_LENGTH) {
                throw new InvalidInputException("allowed_models",
                        "allowed_models must hold model names of 1 to " + MAX_MODEL_LENGTH + " characters");
            }
            refuseControlCharacters("allowed_models", model);
            out.add(model.strip());
        }
        return List.copyOf(out);
    }

    /** Addresses or CIDR ranges, read by the blocklist's parser; the error names the bad entry. */
    public static List<CidrRange> cidrs(List<String> cidrs) {
        if (cidrs == null) {
            return List.of();
        }
        if (cidrs.size() > MAX_CIDRS) {
            throw new InvalidInputException("allowed_cidrs", "allowed_cidrs may list at most " + MAX_CIDRS + " ranges");
        }
        List<CidrRange> out = new ArrayList<>();
        for (String text : cidrs) {
            try {
                CidrRange range = CidrRange.parse(text);
                if (!out.contains(range)) {
                    out.add(range);
                }
            } catch (InvalidInputException e) {
                String shown = text == null ? "null" : text.length() > 50 ? text.substring(0, 50) + "…" : text.strip();
                throw new InvalidInputException("allowed_cidrs", "allowed_cidrs: '" + shown
                        + "' is not an IP address or CIDR range (like 10.0.0.0/8 or 2001:db8::/32)");
            }
        }
        return List.copyOf(out);
    }

    private static void refuseControlCharacters(String field, String text) {
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(field, field + " must not contain control characters");
        }
    }
}
