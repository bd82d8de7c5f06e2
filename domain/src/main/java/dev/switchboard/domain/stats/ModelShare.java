package dev.switchboard.domain.stats;

/** How many calls one model received in a range. */
public record ModelShare(String model, long calls) {
}
