package dev.switchboard.adapter.web.key;

import dev.switchboard.adapter.web.support.JsonFields;
import dev.switchboard.application.port.in.key.KeyChange;
import dev.switchboard.application.port.in.key.KeyDraft;
import dev.switchboard.domain.usage.PageRequest;
import dev.switchboard.domain.shared.InvalidInputException;

/** Reads the key endpoints' JSON bodies and paging parameters, naming the field on every mistake. */
final class KeyBodies {

    private KeyBodies() {
    }

    /** {@code {"name", "expires_at"?, "allowed_models"?, "allowed_cidrs"?}} */
    static KeyDraft draft(JsonFields f) {
        return new KeyDraft(f.text("name"), f.time("expires_at"), f.texts("allowed_models"), f.texts("allowed_cidrs"));
    }

    /** Any of {@code {"name","enabled","expires_at","allowed_models","allowed_cidrs"}}; null lists mean "keep". */
    static KeyChange change(JsonFields f) {
        if (f.has("name") && f.text("name") == null) {
            throw new InvalidInputException("name", "field 'name' must not be empty");
        }
        if (f.has("enabled") && f.bool("enabled") == null) {
            throw new InvalidInputException("enabled", "field 'enabled' must be true or false");
        }
        return new KeyChange(f.text("name"), f.bool("enabled"), f.has("expires_at"), f.time("expires_at"),
                f.has("allowed_models") && f.texts("allowed_models") == null ? java.util.List.of() : f.texts("allowed_models"),
                f.has("allowed_cidrs") && f.texts("allowed_cidrs") == null ? java.util.List.of() : f.texts("allowed_cidrs"));
    }

    static PageRequest page(String page, String size) {
        return new PageRequest(number("page", page, 1), number("size", size, PageRequest.DEFAULT_SIZE));
    }

    static long id(String text) {
        return positive("id", text);
    }

    private static int number(String field, String text, int fallback) {
        return text == null || text.isBlank() ? fallback : (int) Math.min(Integer.MAX_VALUE, positive(field, text));
    }

    private static long positive(String field, String text) {
        try {
            long n = Long.parseLong(text.strip());
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " must be a positive whole number");
        }
    }
}
