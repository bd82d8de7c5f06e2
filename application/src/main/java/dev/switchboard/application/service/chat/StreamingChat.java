package dev.switchboard.application.service.chat;

import dev.switchboard.application.port.in.chat.RelayedChat;
import dev.switchboard.application.port.out.chat.TokenCounter;
import dev.switchboard.application.port.out.chat.UpstreamEvent;
import dev.switchboard.application.port.out.usage.UsageLog;
import dev.switchboard.domain.usage.TokenUsage;
import dev.switchboard.domain.usage.UsageStatus;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A stream being relayed: holds back the usage chunk the client did not ask for, remembers the upstream's
 * usage (or the answer text, to estimate it) and writes exactly one usage row however the stream ends.
 */
final class StreamingChat implements RelayedChat {

    /**
     * Text kept for estimating tokens when the upstream reports none: beyond this, the count of the kept part
     * is scaled by length — an answer stuck in a repetition loop must not grow the heap or keep the event loop
     * counting megabytes of tokens.
     */
    static final int MAX_ESTIMATE_CHARS = 64 * 1024;

    private final Flow.Publisher<UpstreamEvent> events;
    private final boolean clientWantsUsage;
    private final List<Map<String, Object>> messages;
    private final UsageDraft draft;
    private final TokenCounter tokens;
    private final UsageLog usageLog;
    private final Clock clock;
    private final StringBuilder answer = new StringBuilder();
    private long answerLength;
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile TokenUsage reported;

    StreamingChat(Flow.Publisher<UpstreamEvent> events, ChatRequest request, UsageDraft draft,
                  TokenCounter tokens, UsageLog usageLog, Clock clock) {
        this.events = events;
        this.clientWantsUsage = request.clientWantsUsage();
        this.messages = request.messages();
        this.draft = draft;
        this.tokens = tokens;
        this.usageLog = usageLog;
        this.clock = clock;
    }

    @Override
    public boolean streaming() {
        return true;
    }

    @Override
    public byte[] body() {
        return null;
    }

    @Override
    public Flow.Publisher<UpstreamEvent> events() {
        return events;
    }

    @Override
    public boolean keep(UpstreamEvent event) {
        if (event.usage() != null) {
            reported = event.usage();
        }
        String text = event.text();
        if (!text.isEmpty()) {
            synchronized (answer) {
                answerLength += text.length();
                int room = MAX_ESTIMATE_CHARS - answer.length();
                if (room > 0) {
                    answer.append(text, 0, Math.min(room, text.length()));
                }
            }
        }
        return clientWantsUsage || !event.usageOnly();
    }

    @Override
    public void completed() {
        end(UsageStatus.OK);
    }

    @Override
    public void failed() {
        end(UsageStatus.UPSTREAM_ERROR);
    }

    @Override
    public void cancelled() {
        end(UsageStatus.CANCELLED);
    }

    private void end(UsageStatus status) {
        if (ended.compareAndSet(false, true)) {
            usageLog.record(draft.finish(usage(), status, clock.instant()));
        }
    }

    private TokenUsage usage() {
        TokenUsage fromUpstream = reported;
        if (fromUpstream != null) {
            return fromUpstream;
        }
        String text;
        long length;
        synchronized (answer) {
            text = answer.toString();
            length = answerLength;
        }
        long completion = tokens.textTokens(text);
        if (length > text.length() && !text.isEmpty()) {
            completion = Math.round((double) completion * length / text.length());
        }
        return new TokenUsage(tokens.promptTokens(messages), (int) Math.min(Integer.MAX_VALUE, completion));
    }

    /** Nobody will relay this stream: close it upstream and write its row as cancelled. */
    void abandon() {
        events.subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.cancel();
            }

            @Override
            public void onNext(UpstreamEvent item) {
            }

            @Override
            public void onError(Throwable throwable) {
            }

            @Override
            public void onComplete() {
            }
        });
        cancelled();
    }
}
