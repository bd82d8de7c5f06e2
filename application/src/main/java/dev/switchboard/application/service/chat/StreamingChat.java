package dev.switchboard.application.service.chat;

import dev.switchboard.application.policy.chat.StreamEndPolicy;
import dev.switchboard.application.port.in.chat.RelayedChat;
import dev.switchboard.application.port.out.chat.TokenCounter;
import dev.switchboard.application.port.out.chat.UpstreamEvent;
import dev.switchboard.application.port.out.chat.WireFrame;
import dev.switchboard.application.port.out.usage.UsageLog;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatMessage;
import dev.switchboard.domain.usage.UsageStatus;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A stream being relayed: holds back the usage chunk the client did not ask for, tallies the answer
 * ({@link AnswerTally}) and writes exactly one usage row however the stream ends.
 */
final class StreamingChat implements RelayedChat {

    static final int MAX_ESTIMATE_CHARS = AnswerTally.MAX_ESTIMATE_CHARS;

    private final Flow.Publisher<UpstreamEvent> events;
    private final String model;
    private final boolean clientWantsUsage;
    private final List<ChatMessage> messages;
    private final UsageDraft draft;
    private final TokenCounter tokens;
    private final UsageLog usageLog;
    private final Clock clock;
    private final AnswerTally tally = new AnswerTally();
    private final AtomicBoolean ended = new AtomicBoolean();

    StreamingChat(Flow.Publisher<UpstreamEvent> events, String model, boolean clientWantsUsage,
                  List<ChatMessage> messages, UsageDraft draft, TokenCounter tokens, UsageLog usageLog, Clock clock) {
        this.events = events;
        this.model = model;
        this.clientWantsUsage = clientWantsUsage;
        this.messages = messages;
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
    public String model() {
        return model;
    }

    @Override
    public List<ChatEvent> answer() {
        return List.of();
    }

    @Override
    public WireFrame body() {
        return null;
    }

    @Override
    public Flow.Publisher<UpstreamEvent> events() {
        return events;
    }

    @Override
    public boolean keep(UpstreamEvent event) {
        List<ChatEvent> said = event.events();
        for (int i = 0; i < said.size(); i++) {
            tally.add(said.get(i));
        }
        if (event.wire() != null && event.wire().closesStream()) {
            tally.closed();
        }
        return clientWantsUsage || !event.usageOnly();
    }

    @Override
    public StreamEndPolicy.Ending completed() {
        StreamEndPolicy.Ending ending = tally.ending();
        end(ending.ok() ? UsageStatus.OK : UsageStatus.UPSTREAM_ERROR);
        return ending;
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
            usageLog.record(draft.finish(tally.usage(messages, tokens), status, clock.instant()));
        }
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
