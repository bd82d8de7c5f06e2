package dev.switchboard.domain.chat;

/** Why an answer ended: done, cut at the token limit, to call tools, or withheld by a filter. */
public enum FinishReason {
    STOP, LENGTH, TOOL_CALLS, CONTENT_FILTER
}
