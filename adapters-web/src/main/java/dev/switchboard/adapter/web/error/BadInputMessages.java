package dev.switchboard.adapter.web.error;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the parser's wording for an unreadable body or parameter into one plain sentence per kind of bad
 * input, naming the field (in its wire spelling) and what it expects. The parser's own text is never passed
 * on: it names Java classes, packages and library internals, and may echo the input.
 */
final class BadInputMessages {

    private static final Pattern PROPERTY = Pattern.compile("decoding property \\[(?:([\\w.$<>,]+) )?(\\w+)\\]");
    private static final Pattern ARGUMENT = Pattern.compile("convert argument \\[(\\w+)\\]");
    private static final Pattern VALUE_TYPE = Pattern.compile("value of type `(?:[\\w.]+\\.)?(\\w+)`");

    private BadInputMessages() {
    }

    static String describe(String raw) {
        if (raw == null || raw.isBlank()) {
            return ErrorType.INVALID_REQUEST.defaultMessage();
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        if (lower.contains("nesting depth")) {
            return "the JSON body is nested too deeply";
        }
        if (lower.contains("utf-8") || lower.contains("utf8") || lower.contains("surrogate")) {
            return "the body is not valid UTF-8 text";
        }
        if (lower.contains("required argument") && lower.contains("body")) {
            return "a JSON body is required";
        }
        if (lower.contains("string value length") || lower.contains("number value length")
                || lower.contains("name length")) {
            return "a value in the JSON body is too long";
        }
        Matcher property = PROPERTY.matcher(raw);
        if (property.find()) {
            return "field '" + snakeCase(property.group(2)) + "' " + expectation(property.group(1), lower);
        }
        Matcher argument = ARGUMENT.matcher(raw);
        if (argument.find() && !argument.group(1).equals("body")) {
            return "parameter '" + snakeCase(argument.group(1)) + "' has the wrong type or format";
        }
        Matcher valueType = VALUE_TYPE.matcher(raw);
        if (valueType.find()) {
            // The parser did not say which field: name the expectation at least.
            return "a field of the body has the wrong type: it " + expectation(valueType.group(1), lower);
        }
        if (lower.contains("cannot deserialize") && lower.contains("array")) {
            return "the body must be a JSON object, not an array";
        }
        return "the body is not valid JSON or a field has the wrong type";
    }

    /** What a field of the given (Java) type accepts, in words. */
    private static String expectation(String javaType, String lower) {
        String type = javaType == null ? "" : javaType.toLowerCase(Locale.ROOT);
        if (type.equals("integer") || type.equals("int") || type.equals("long") || type.equals("short")) {
            boolean range = lower.contains("out of range") || lower.contains("numeric value");
            return range ? "must be a whole number in range" : "must be a whole number";
        }
        if (type.equals("boolean")) {
            return "must be true or false";
        }
        if (type.equals("string")) {
            return "must be a text string";
        }
        if (type.startsWith("list") || type.startsWith("set") || type.endsWith("[]")) {
            return "must be a list";
        }
        if (type.equals("double") || type.equals("float") || type.equals("bigdecimal")) {
            return "must be a number";
        }
        return "has the wrong type";
    }

    static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
