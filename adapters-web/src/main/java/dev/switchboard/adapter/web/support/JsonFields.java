package dev.switchboard.adapter.web.support;

import dev.switchboard.domain.shared.InvalidInputException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Typed reading of a JSON object body field by field, so a wrong type is a 400 that names the field and what
 * it expects, and "absent" can be told from "null" (PATCH). Unknown fields are simply never read.
 */
public final class JsonFields {

    private final Map<String, Object> body;

    private JsonFields(Map<String, Object> body) {
        this.body = body;
    }

    public static JsonFields of(Map<String, Object> body) {
        if (body == null) {
            throw new InvalidInputException("body", "a JSON object body is required");
        }
        return new JsonFields(body);
    }

    public boolean has(String field) {
        return body.containsKey(field);
    }

    /** A string, or null when absent or null. */
    public String text(String field) {
        Object value = body.get(field);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw wrongType(field, "a string");
    }

    public Boolean bool(String field) {
        Object value = body.get(field);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        throw wrongType(field, "true or false");
    }

    public Long number(String field) {
        Object value = body.get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        throw wrongType(field, "a whole number or null");
    }

    /** An ISO-8601 time with an offset ({@code 2026-12-31T23:59:59Z}), or null. */
    public Instant time(String field) {
        String text;
        try {
            text = text(field);
        } catch (InvalidInputException e) {
            throw wrongType(field, "an ISO-8601 time with an offset, like 2026-12-31T23:59:59Z, or null");
        }
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw wrongType(field, "an ISO-8601 time with an offset, like 2026-12-31T23:59:59Z, or null");
        }
    }

    /** A list of strings, or null when absent or null. */
    public List<String> texts(String field) {
        Object value = body.get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list && list.stream().allMatch(v -> v instanceof String)) {
            return list.stream().map(String.class::cast).toList();
        }
        throw wrongType(field, "a list of strings");
    }

    private static InvalidInputException wrongType(String field, String expected) {
        return new InvalidInputException(field, field + " must be " + expected);
    }
}
