package dev.switchboard.domain.stats;

/** Prompt and completion tokens of a period. */
public record TokenCounts(long prompt, long completion) {

    public long total() {
        return prompt + completion;
    }
}
