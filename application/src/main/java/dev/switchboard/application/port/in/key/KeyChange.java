package dev.switchboard.application.port.in.key;

import java.time.Instant;
import java.util.List;

/**
 * A partial change of a key: a null field is left as it is. {@code expiresAtGiven} tells "set to never"
 * ({@code expiresAt} null) from "not mentioned".
 */
public record KeyChange(String name, Boolean enabled, boolean expiresAtGiven, Instant expiresAt,
                        List<String> allowedModels, List<String> allowedCidrs) {
}
