package dev.switchboard.adapter.web.support;

import dev.switchboard.domain.shared.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Reads the fields of a JSON object body strictly, each by its wire name: a value of the wrong kind is a 400
 * naming the field and what it takes — never coerced ({@code "maybe"} is not {@code false}, {@code 1.5} not
 * {@code 1}, {@code [1]} not {@code 1}), and never described in the parser's words. Absent and null fields read
 * as null.
 */
public final class JsonFields {

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

    @Nullable
    public Integer integer(String name) {
        JsonNode value = object.get(name);
        if (absent(value)) {
            return null;
        }
        if (!value.isNumber()) {
            throw wrong(name, "must be a whole number");
        }
        Number number = value.getNumberValue();
        try {
            BigInteger whole = number instanceof BigInteger big ? big : new BigDecimal(number.toString()).toBigIntegerExact();
            return whole.intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw wrong(name, "must be a whole number within range");
        }
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

    private static boolean absent(@Nullable JsonNode value) {
        return value == null || value.isNull();
    }

    private static InvalidInputException wrong(String name, String expectation) {
        return new InvalidInputException(name, "field '" + name + "' " + expectation);
    }
}
