package dev.switchboard.application.service.chat;

import dev.switchboard.application.error.ForbiddenException;
import dev.switchboard.application.error.ModelNotFoundException;
import dev.switchboard.application.error.NoCapacityException;
import dev.switchboard.application.error.RateLimitExceededException;
import dev.switchboard.application.error.UpstreamRejectedException;
import dev.switchboard.application.error.UpstreamUnavailableException;
import dev.switchboard.application.policy.chat.ContextTrimPolicy;
import dev.switchboard.application.policy.chat.FailoverPolicy;
import dev.switchboard.application.policy.routing.ChannelChoicePolicy;
import dev.switchboard.application.port.in.chat.ChatCall;
import dev.switchboard.application.port.in.chat.RelayChatUseCase;
import dev.switchboard.application.port.in.chat.RelayedChat;
import dev.switchboard.application.port.in.chat.Requester;
import dev.switchboard.application.port.in.settings.ManageSettingsUseCase;
import dev.switchboard.application.port.out.channel.ChannelRepository;
import dev.switchboard.application.port.out.chat.TokenCounter;
import dev.switchboard.application.port.out.chat.UpstreamCall;
import dev.switchboard.application.port.out.chat.UpstreamChat;
import dev.switchboard.application.port.out.chat.UpstreamFailure;
import dev.switchboard.application.port.out.chat.UpstreamReply;
import dev.switchboard.application.port.out.ratelimit.RateLimiter;
import dev.switchboard.application.port.out.security.SecretCipher;
import dev.switchboard.application.port.out.usage.UsageLog;
import dev.switchboard.application.service.channel.ChannelHealthService;
import dev.switchboard.application.service.channel.ChannelRateKey;
import dev.switchboard.application.service.quota.QuotaService;
import dev.switchboard.domain.group.Group;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.ratelimit.RateDecision;
import dev.switchboard.domain.settings.SystemSettings;
import dev.switchboard.domain.chat.ChatMessage;
import dev.switchboard.domain.chat.ChatPrompt;
import dev.switchboard.domain.usage.TokenUsage;
import dev.switchboard.domain.usage.UsageStatus;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;

/**
 * Relays a chat: checks the key's model grant, applies the user's limit, then tries the model's channels in
 * the order of {@link ChannelChoicePolicy} (priority, then weighted random; channels health took out or cooling
 * down left out), skipping those at their RPM limit and failing over (at most {@value #MAX_TRIES} tries, never
 * the same channel twice) until one upstream accepts. Every outcome is reported to channel health.
 */
public class RelayChatService implements RelayChatUseCase {

    static final int MAX_TRIES = 3;

    private final ChannelRepository channels;
    private final SecretCipher cipher;
    private final UpstreamChat upstream;
    private final RateLimiter limiter;
    private final ManageSettingsUseCase settings;
    private final TokenCounter tokens;
    private final UsageLog usageLog;
    private final Clock clock;
    private final ChannelHealthService health;
    private final RandomGenerator random;
    private final QuotaService quota;

    /** Without channel health: every enabled channel is always usable (tests of other concerns). */
    public RelayChatService(ChannelRepository channels, SecretCipher cipher, UpstreamChat upstream,
                            RateLimiter limiter, ManageSettingsUseCase settings, TokenCounter tokens,
                            UsageLog usageLog, Clock clock) {
        this(channels, cipher, upstream, limiter, settings, tokens, usageLog, clock, null, new java.util.Random());
    }

    /**
     * @param health told every outcome, asked which channels are usable (null: none is ever left out)
     * @param random draws the weighted order; must be thread-safe ({@link java.util.Random} is)
     */
    public RelayChatService(ChannelRepository channels, SecretCipher cipher, UpstreamChat upstream,
                            RateLimiter limiter, ManageSettingsUseCase settings, TokenCounter tokens,
                            UsageLog usageLog, Clock clock, ChannelHealthService health, RandomGenerator random) {
        this(channels, cipher, upstream, limiter, settings, tokens, usageLog, clock, health, random, null);
    }

    /**
     * @param quota the group and quota gate (SPEC §14): the group's models, RPM and every quota are checked before
     *              the request is relayed (null: no groups, no quotas)
     */
    public RelayChatService(ChannelRepository channels, SecretCipher cipher, UpstreamChat upstream,
                            RateLimiter limiter, ManageSettingsUseCase settings, TokenCounter tokens,
                            UsageLog usageLog, Clock clock, ChannelHealthService health, RandomGenerator random,
                            QuotaService quota) {
        this.quota = quota;
        this.health = health;
        this.random = random;
        this.channels = channels;
        this.cipher = cipher;
        this.upstream = upstream;
        this.limiter = limiter;
        this.settings = settings;
        this.tokens = tokens;
        this.usageLog = usageLog;
        this.clock = clock;
    }

    @Override
    public CompletableFuture<RelayedChat> relay(ChatCall call) {
        ChatPrompt request = call.prompt();
        if (!call.requester().mayUse(request.model())) {
            throw new ForbiddenException("this API key may not use model '" + request.model() + "'");
        }
        Group group = quota == null ? null : quota.groupOf(call.requester());
        if (quota != null) {
            quota.admit(call.requester(), group, request.model());
        }
        String userKey = userKey(call.requester());
        RateDecision decision = limiter.tryAcquire(userKey, userLimit(call.requester(), group));
        if (!decision.allowed()) {
            throw new RateLimitExceededException(decision.retryAfterSeconds());
        }
        List<Channel> eligible = channels.findAll().stream()
                .filter(c -> c.enabled() && c.modelId().equals(request.model()))
                .toList();
        if (eligible.isEmpty()) {
            limiter.release(userKey);
            throw new ModelNotFoundException(request.model());
        }
        List<Channel> ordered = ChannelChoicePolicy.order(eligible, c -> health != null && !health.usable(c), random);
        Flight flight = new Flight(new UsageDraft(clock.instant(), call.requester(), request.model(), null,
                call.endpoint(), group));
        if (ordered.isEmpty()) {
            // every channel is cooling down or taken out: the wait is the shortest cool-down, not a whole minute
            settleWith(flight, UsageStatus.NO_CAPACITY);
            return CompletableFuture.failedFuture(new NoCapacityException(health.secondsUntilUsable(eligible)));
        }
        CompletableFuture<RelayedChat> result = attempt(call, ordered, 0, 0, flight);
        result.whenComplete((chat, error) -> {
            if (error instanceof CancellationException) {
                abandon(flight);
            }
        });
        return result;
    }

    @Override
    public boolean blocksBeforeSending() {
        return !limiter.answersFromMemory();
    }

    /**
     * The caller gave up before an answer was handed over (its client went away): the upstream call in flight
     * is cancelled — which closes its connection, so the upstream stops generating — and the row says so.
     */
    private void abandon(Flight flight) {
        boolean ours = flight.settle();
        CompletableFuture<UpstreamReply> inFlight = flight.upstream;
        if (inFlight != null) {
            inFlight.cancel(true);
        }
        if (ours) {
            record(flight.draft, UsageStatus.CANCELLED);
        } else if (flight.stream != null) {
            flight.stream.abandon();
        }
    }

    private CompletableFuture<RelayedChat> attempt(ChatCall request, List<Channel> ordered, int from,
                                                   int tries, Flight flight) {
        int minWaitSeconds = 60;
        for (int i = from; i < ordered.size() && tries < MAX_TRIES; i++) {
            Channel channel = ordered.get(i);
            RateDecision room = limiter.tryAcquire(channelKey(channel), channel.rpmLimit());
            if (!room.allowed()) {
                minWaitSeconds = Math.min(minWaitSeconds, room.retryAfterSeconds());
                continue;
            }
            int next = i + 1;
            flight.draft = flight.draft.on(channel);
            CompletableFuture<UpstreamReply> sent = send(request, channel, flight);
            flight.upstream = sent;
            return sent.handle((reply, error) -> {
                if (error == null) {
                    report(channel, null);
                    return CompletableFuture.completedFuture(accept(request, reply, flight));
                }
                Throwable cause = unwrap(error);
                report(channel, cause);
                if (cause instanceof UpstreamFailure failure && FailoverPolicy.failsOver(failure) && tries + 1 < MAX_TRIES
                        && next < ordered.size() && !flight.settled()) {
                    return attempt(request, ordered, next, tries + 1, flight);
                }
                return CompletableFuture.<RelayedChat>failedFuture(giveUp(cause, flight));
            }).thenCompose(f -> f);
        }
        if (tries == 0) {
            settleWith(flight, UsageStatus.NO_CAPACITY);
            return CompletableFuture.failedFuture(new NoCapacityException(minWaitSeconds));
        }
        settleWith(flight, UsageStatus.UPSTREAM_ERROR);
        return CompletableFuture.failedFuture(new UpstreamUnavailableException());
    }

    /** Tells channel health how the channel did; a cancelled call (client gone) says nothing about it. */
    private void report(Channel channel, Throwable cause) {
        if (health == null) {
            return;
        }
        if (cause == null) {
            health.succeeded(channel);
        } else if (cause instanceof UpstreamFailure failure) {
            health.failed(channel, failure);
        }
    }

    private CompletableFuture<UpstreamReply> send(ChatCall request, Channel channel, Flight flight) {
        try {
            ChatPrompt prompt = fitted(request, channel, flight);
            return upstream.send(new UpstreamCall(channel.type(), channel.baseUrl(), cipher.open(channel.apiKey()),
                    channel.upstreamModel(), channel.profile().reasoning(), prompt));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(
                    new UpstreamFailure(UpstreamFailure.Kind.TRANSPORT, "cannot call the channel", 0));
        }
    }

    /** The prompt as this channel gets it: without the oldest turns that would not fit its window. */
    private ChatPrompt fitted(ChatCall call, Channel channel, Flight flight) {
        ChatPrompt prompt = call.prompt();
        Integer window = channel.profile().contextWindow();
        flight.trimmed = 0;
        flight.sent = prompt.messages();
        if (!call.fitToWindow() || window == null) {
            return prompt;
        }
        ContextTrimPolicy.Trim trim = ContextTrimPolicy.fit(prompt.messages(), window, prompt.maxTokens(),
                m -> tokens.promptTokens(List.of(m)));
        if (trim.dropped() == 0) {
            return prompt;
        }
        flight.trimmed = trim.dropped();
        flight.sent = trim.messages();
        // without the client's original: the upstream gets the request written from the trimmed turns
        return new ChatPrompt(prompt.model(), trim.messages(), prompt.tools(), prompt.toolChoice(), prompt.maxTokens(),
                prompt.temperature(), prompt.topP(), prompt.stop(), prompt.reasoningEffort(), prompt.stream(), null);
    }

    private RelayedChat accept(ChatCall call, UpstreamReply reply, Flight flight) {
        RelayedChat chat = delivered(call, reply, flight);
        return flight.trimmed == 0 ? chat : new TrimmedChat(chat, flight.trimmed);
    }

    private RelayedChat delivered(ChatCall call, UpstreamReply reply, Flight flight) {
        ChatPrompt request = call.prompt();
        if (request.stream()) {
            StreamingChat chat = new StreamingChat(reply.events(), request.model(), call.clientWantsUsage(),
                    flight.sent, flight.draft, tokens, usageLog, clock);
            flight.stream = chat;
            if (!flight.settle()) {
                chat.abandon();
            }
            return chat;
        }
        AnswerTally tally = new AnswerTally();
        tally.addAll(reply.answer());
        if (flight.settle()) {
            usageLog.record(flight.draft.finish(tally.usage(flight.sent, tokens), UsageStatus.OK, clock.instant()));
        }
        return new CompleteChat(request.model(), reply.answer(), reply.body());
    }

    private RuntimeException giveUp(Throwable cause, Flight flight) {
        settleWith(flight, UsageStatus.UPSTREAM_ERROR);
        if (cause instanceof UpstreamFailure failure && !FailoverPolicy.failsOver(failure)) {
            return new UpstreamRejectedException(failure.getMessage());
        }
        return new UpstreamUnavailableException();
    }

    private void settleWith(Flight flight, UsageStatus status) {
        if (flight.settle()) {
            record(flight.draft, status);
        }
    }

    private void record(UsageDraft draft, UsageStatus status) {
        usageLog.record(draft.finish(TokenUsage.NONE, status, clock.instant()));
    }

    /**
     * One request on its way through the channels: the upstream call in flight, and who writes the usage row —
     * the first of answer, failure or cancellation settles it (a stream's row is then written by the stream).
     */
    private static final class Flight {
        private final AtomicBoolean settled = new AtomicBoolean();
        volatile UsageDraft draft;
        volatile CompletableFuture<UpstreamReply> upstream;
        volatile StreamingChat stream;
        volatile int trimmed;
        volatile List<ChatMessage> sent = List.of();

        Flight(UsageDraft draft) {
            this.draft = draft;
        }

        boolean settle() {
            return settled.compareAndSet(false, true);
        }

        boolean settled() {
            return settled.get();
        }
    }

    /** A member's group RPM, when the group has one, overrides the user RPM setting (keys act as their owner). */
    private int userLimit(Requester requester, Group group) {
        if (group != null && group.rpm() != null) {
            return group.rpm();
        }
        SystemSettings current = settings.current();
        return requester.signedIn() ? current.userRpm() : current.guestRpm();
    }

    private static String userKey(Requester requester) {
        return requester.signedIn() ? "user:" + requester.userId().value() : "ip:" + requester.ip();
    }

    static String channelKey(Channel channel) {
        return ChannelRateKey.of(channel.id());
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
