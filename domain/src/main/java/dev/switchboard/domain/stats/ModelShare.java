package dev.switchboard.domain.stats;

/** How many calls one model received in a range, and what they cost (nano-units of the currency). */
public record ModelShare(String model, long calls, long costNanos) {

    public ModelShare(String model, long calls) {
        this(model, calls, 0);
    }
}
