package dev.switchboard.domain.stats;

/** One of the users with most tokens in a range: e-mail (as last logged), calls, tokens, cost in nano-units. */
public record TopUser(String user, long calls, long tokens, long costNanos) {
}
