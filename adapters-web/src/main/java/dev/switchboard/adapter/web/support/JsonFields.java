package dev.switchboard.adapter.web.support;

import dev.switchboard.domain.shared.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the fields of a JSON object body strictly, each by its wire name: a value of the wrong kind is a 400
 * naming the field and what it takes — never coerced ({@code "maybe"} is not {@code false}, {@code 1.5} not
 * {@code 1}, {@code [1]} not {@code 1}), and never described in the parser's words. Absent and null fields read
 * as null; {@link #has} tells them apart where a PATCH needs to.
 */
public final class JsonFields {

    private static final String TIME = "an ISO-8601 time with an offset, like 2026-12-31T23:59:59Z, or null";

    private final JsonNode object;

    private JsonFields(JsonNode object) {
        this.object = object;
    }

    public static JsonFields of(@Nullable JsonNode body) {
        if (body == null || body.isNull()) {
            throw new InvalidInputException("body", "a JSON body is required");
        }
        if (!body.isObject()) {
            throw new InvalidInputException("body", "the body must be a JSON object");
        }
        return new JsonFields(body);
    }

    /** Whether the field is present at all, null included. */
    public boolean has(String name) {
        return object.get(name) != null;
    }

    @Nullable
    public Integer integer(String name) {
        BigInteger whole = whole(name);
        try {
            return whole == null ? null : whole.intValueExact();
        } catch (ArithmeticException e) {
            throw wrong(name, "must be a whole number within range");
        }
    }

    @Nullable
    public Long number(String name) {
        BigInteger whole = whole(name);
        try {
            return whole == null ? null : whole.longValueExact();
        } catch (ArithmeticException e) {
            throw wrong(name, "must be a whole number within range");
        }
    }

    /** A decimal number, given as a JSON number or a numeric string ({@code 0.15}, {@code "2.5"}), or null. */
    @Nullable
    public BigDecimal decimal(String name) {
        JsonNode value = object.get(name);
        if (absent(value)) {
            return null;
        }
        try {
            if (value.isNumber()) {
                return new BigDecimal(value.getNumberValue().toString());
            }
            if (value.isString() && !value.getStringValue().isBlank()) {
                return new BigDecimal(value.getStringValue().strip());
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw wrong(name, "must be a decimal number (like 0.15 or \"0.15\") or null");
    }

    @Nullable
    public String text(String name) {
        JsonNode value = object.get(name);
        if (absent(value)) {
            return null;
        }
        if (!value.isString()) {
            throw wrong(name, "must be a text string");
        }
        return value.getStringValue();
    }

    @Nullable
    public Boolean bool(String name) {
        JsonNode value = object.get(name);
        if (absent(value)) {
            return null;
        }
        if (!value.isBoolean()) {
            throw wrong(name, "must be true or false");
        }
        return value.getBooleanValue();
    }

    /** An ISO-8601 time with an offset ({@code 2026-12-31T23:59:59Z}), or null. */
    @Nullable
    public Instant time(String name) {
        JsonNode value = object.get(name);
        if (absent(value)) {
            return null;
        }
        if (!value.isString()) {
            throw wrong(name, "must be " + TIME);
        }
        try {
            return OffsetDateTime.parse(value.getStringValue().strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw wrong(name, "must be " + TIME);
        }
    }

    /** A list of text strings, or null when absent or null. */
    @Nullable
    public List<String> texts(String name) {
        JsonNode value = object.get(name);
        if (absent(value)) {
            return null;
        }
        if (!value.isArray()) {
            throw wrong(name, "must be a list of text strings");
        }
        List<String> items = new ArrayList<>(value.size());
        for (JsonNode item : value.values()) {
            if (!item.isString()) {
                throw wrong(name, "must be a list of text strings");
            }
            items.add(item.getStringValue());
        }
        return List.copyOf(items);
    }

    @Nullable
    private BigInteger whole(String name) {
        JsonNode value = object.get(name);
        if (absent(value)) {
            return null;
        }
        if (!value.isNumber()) {
            throw wrong(name, "must be a whole number");
        }
        Number number = value.getNumberValue();
        try {
            return number instanceof BigInteger big ? big : new BigDecimal(number.toString()).toBigIntegerExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw wrong(name, "must be a whole number");
        }
    }

    private static boolean absent(@Nullable JsonNode value) {
        return value == null || value.isNull();
    }

    private static InvalidInputException wrong(String name, String expectation) {
        return new InvalidInputException(name, "field '" + name + "' " + expectation);
    }
}
