package dev.switchboard.application.service.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.error.ModelNotFoundException;
import dev.switchboard.application.error.NoCapacityException;
import dev.switchboard.application.error.RateLimitExceededException;
import dev.switchboard.application.error.UpstreamRejectedException;
import dev.switchboard.application.error.UpstreamUnavailableException;
import dev.switchboard.application.fake.InMemoryChannelRepository;
import dev.switchboard.application.fake.InMemorySettingsRepository;
import dev.switchboard.application.fake.MutableClock;
import dev.switchboard.application.fake.RecordingUsageLog;
import dev.switchboard.application.fake.ReversingCipher;
import dev.switchboard.application.fake.ScriptedUpstream;
import dev.switchboard.application.fake.SlidingLogRateLimiter;
import dev.switchboard.application.fake.WordTokenCounter;
import dev.switchboard.application.port.in.channel.ChannelDraft;
import dev.switchboard.application.port.in.chat.ChatCall;
import dev.switchboard.application.port.in.chat.RelayedChat;
import dev.switchboard.application.port.in.chat.Requester;
import dev.switchboard.application.port.out.chat.UpstreamEvent;
import dev.switchboard.application.port.out.chat.UpstreamReply;
import dev.switchboard.application.service.channel.ChannelService;
import dev.switchboard.application.service.settings.SettingsService;
import dev.switchboard.application.policy.chat.StreamEndPolicy;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatMessage;
import dev.switchboard.domain.chat.ChatPrompt;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Role;
import dev.switchboard.domain.settings.SystemSettings;
import dev.switchboard.domain.shared.InvalidInputException;
import dev.switchboard.domain.usage.Endpoint;
import dev.switchboard.domain.usage.TokenUsage;
import dev.switchboard.domain.usage.UsageLogEntry;
import dev.switchboard.domain.usage.UsageStatus;
import dev.switchboard.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class RelayChatServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T08:00:00Z"));
    private final InMemoryChannelRepository channelRepo = new InMemoryChannelRepository();
    private final ChannelService channels = new ChannelService(channelRepo, new ReversingCipher(), clock);
    private final ScriptedUpstream upstream = new ScriptedUpstream();
    private final SlidingLogRateLimiter limiter = new SlidingLogRateLimiter(clock);
    private final RecordingUsageLog usage = new RecordingUsageLog();
    private final SettingsService settings = new SettingsService(new InMemorySettingsRepository(), new SystemSettings(2, 3, 90));
    private final RelayChatService relay = new RelayChatService(channelRepo, new ReversingCipher(), upstream, limiter,
            settings, new WordTokenCounter(), usage, clock);

    private void channel(String host, String model, int rpm) {
        channels.create(new ChannelDraft(host, "http://" + host + "/v1", "sk-key-" + host, model, rpm, true));
    }

    private static ChatCall call(Requester who, String model, boolean stream) {
        return new ChatCall(who, new ChatPrompt(model, List.of(ChatMessage.text(Role.USER, "three word prompt")),
                List.of(), null, null, null, null, List.of(), null, stream, null), false);
    }

    private RelayedChat relayNow(ChatCall call) {
        try {
            return relay.relay(call).join();
        } catch (CompletionException e) {
            throw (RuntimeException) e.getCause();
        }
    }

    @Test
    void theBrowserChatIsFittedToTheChannelsWindowAndSaysHowManyTurnsWereLeftOut() {
        channels.create(new ChannelDraft("small", "http://small/v1", "sk-key-small", "m", 60, true,
                null, null, null, 8, null, null, null));
        List<ChatMessage> turns = List.of(ChatMessage.text(Role.SYSTEM, "be brief"),
                ChatMessage.text(Role.USER, "one two three"), ChatMessage.text(Role.ASSISTANT, "four five six"),
                ChatMessage.text(Role.USER, "seven eight"));
        ChatPrompt prompt = new ChatPrompt("m", turns, List.of(), null, 2, null, null, List.of(), null, false, null);

        RelayedChat browser = relayNow(new ChatCall(Requester.guest("7.7.7.7"), prompt, false, true));
        assertEquals(2, browser.trimmed());
        assertEquals(List.of("be brief", "seven eight"),
                upstream.calls.get(0).prompt().messages().stream().map(ChatMessage::text).toList());

        RelayedChat api = relayNow(new ChatCall(Requester.guest("7.7.7.8"), prompt, false));
        assertEquals(0, api.trimmed(), "API calls are sent as they are");
        assertEquals(4, upstream.calls.get(1).prompt().messages().size());
    }

    @Test
    void refusesTheGuestsThirdRequestInsideTheWindowWithTheRealWait() {
        channel("a", "m", 100);
        relayNow(call(Requester.guest("1.1.1.1"), "m", false));
        clock.advance(Duration.ofSeconds(20));
        relayNow(call(Requester.guest("1.1.1.1"), "m", false));
        RateLimitExceededException e = assertThrows(RateLimitExceededException.class,
                () -> relayNow(call(Requester.guest("1.1.1.1"), "m", false)));
        assertEquals(40, e.retryAfterSeconds());
        relayNow(call(Requester.guest("2.2.2.2"), "m", false));
        assertEquals(3, upstream.calls.size(), "a refused request reaches no upstream");
    }

    @Test
    void signedInUsersHaveTheirOwnLimitIndependentOfTheirIp() {
        channel("a", "m", 100);
        Requester user = new Requester("1.1.1.1", new UserId(7), "u@example.com");
        for (int i = 0; i < 3; i++) {
            relayNow(call(user, "m", false));
        }
        assertThrows(RateLimitExceededException.class, () -> relayNow(call(user, "m", false)));
        relayNow(call(Requester.guest("1.1.1.1"), "m", false));
    }

    @Test
    void aRequestRefusedAtTheUserLayerConsumesNoChannelCapacity() {
        channel("a", "m", 100);
        relayNow(call(Requester.guest("9.9.9.9"), "m", false));
        relayNow(call(Requester.guest("9.9.9.9"), "m", false));
        assertThrows(RateLimitExceededException.class, () -> relayNow(call(Requester.guest("9.9.9.9"), "m", false)));
        assertEquals(2, limiter.inWindow("channel:1"));
    }

    @Test
    void unknownAndDisabledModelsAreNotFoundAndGiveTheUserPermitBack() {
        channels.create(new ChannelDraft("off", "http://off/v1", "k", "hidden", 10, false));
        assertThrows(ModelNotFoundException.class, () -> relayNow(call(Requester.guest("3.3.3.3"), "nope", true)));
        assertThrows(ModelNotFoundException.class, () -> relayNow(call(Requester.guest("3.3.3.3"), "hidden", true)));
        assertEquals(0, limiter.inWindow("ip:3.3.3.3"));
    }

    @Test
    void skipsAChannelWithoutRoomAndAnswers503WithTheWaitWhenNoneHasRoom() {
        channel("a", "m", 1);
        channel("b", "m", 1);
        Requester user = new Requester("5.5.5.5", new UserId(1), null);
        settings.update(new SystemSettings(100, 100, 90));
        relayNow(call(user, "m", false));
        clock.advance(Duration.ofSeconds(15));
        relayNow(call(user, "m", false));
        assertEquals(List.of("a", "b"), upstream.hostsCalled().stream().sorted().toList());
        NoCapacityException full = assertThrows(NoCapacityException.class, () -> relayNow(call(user, "m", false)));
        assertEquals(45, full.retryAfterSeconds());
        assertEquals(UsageStatus.NO_CAPACITY, usage.entries.get(usage.entries.size() - 1).status());
    }

    @Test
    void failsOverToTheNextChannelNeverRetriesOneAndStopsAfterThreeTries() {
        upstream.script("a", "fail").script("b", "fail").script("c", "fail").script("d", "ok");
        for (String host : List.of("a", "b", "c")) {
            channel(host, "m", 100);
        }
        // d last: a lower priority than the three failing ones
        channels.create(new ChannelDraft("d", "http://d/v1", "sk-key-d", "m", 100, true,
                null, null, null, null, null, -1, null));
        settings.update(new SystemSettings(100, 100, 90));
        assertThrows(UpstreamUnavailableException.class, () -> relayNow(call(Requester.guest("6.6.6.6"), "m", true)));
        assertEquals(3, upstream.calls.size());
        assertEquals(3, upstream.hostsCalled().stream().distinct().count());
        assertEquals(UsageStatus.UPSTREAM_ERROR, usage.entries.get(0).status());
    }

    @Test
    void servesFromTheFirstHealthyChannelAndLogsIt() {
        upstream.script("a", "fail").script("b", "ok");
        channel("a", "m", 100);
        channel("b", "m", 100);
        RelayedChat chat = relayNow(call(Requester.guest("7.7.7.7"), "m", false));
        assertTrue(!chat.streaming());
        assertEquals("b", usage.entries.get(0).channelName());
        assertEquals(new TokenUsage(5, 7), new TokenUsage(usage.entries.get(0).promptTokens(), usage.entries.get(0).completionTokens()));
        assertEquals("m", upstream.calls.get(upstream.calls.size() - 1).model());
    }

    @Test
    void anUpstreamRefusingTheRequestIsNotRetried() {
        upstream.script("a", "reject").script("b", "reject");
        channel("a", "m", 100);
        channel("b", "m", 100);
        assertThrows(UpstreamRejectedException.class, () -> relayNow(call(Requester.guest("8.8.8.8"), "m", false)));
        assertEquals(1, upstream.calls.size());
    }

    @Test
    void streamsHideTheUsageFromClientsThatDidNotAskButStillLogIt() {
        channel("a", "m", 100);
        RelayedChat chat = relayNow(call(Requester.guest("4.4.4.4"), "m", true));
        UpstreamEvent text = UpstreamEvent.of(new ChatEvent.TextDelta("four words of answer"));
        UpstreamEvent usageOnly = UpstreamEvent.of(new ChatEvent.Usage(new TokenUsage(3, 4)));
        assertTrue(chat.keep(text));
        assertTrue(!chat.keep(usageOnly));
        chat.cancelled();
        chat.completed();
        assertEquals(1, usage.entries.size(), "one row however the stream ends");
        assertEquals(UsageStatus.CANCELLED, usage.entries.get(0).status());
        assertEquals(3, usage.entries.get(0).promptTokens());
        assertEquals(4, usage.entries.get(0).completionTokens());
    }

    @Test
    void aStreamWithUsageReportsKeepsTheLastOneAndTheCachedAndReasoningParts() {
        channel("a", "m", 100);
        RelayedChat chat = relayNow(new ChatCall(Requester.guest("4.4.4.5"), call(Requester.guest("4.4.4.5"), "m", true)
                .prompt(), true));
        UpstreamEvent first = UpstreamEvent.of(new ChatEvent.Usage(new TokenUsage(10, 1, 4, 0)));
        UpstreamEvent last = UpstreamEvent.of(new ChatEvent.Usage(new TokenUsage(10, 30, 4, 20)));
        assertTrue(chat.keep(first), "a client that asked for usage gets it");
        chat.keep(UpstreamEvent.of(new ChatEvent.Finish(FinishReason.STOP)));
        chat.keep(last);
        assertEquals(StreamEndPolicy.Ending.FINISHED, chat.completed());
        UsageLogEntry row = usage.entries.get(0);
        assertEquals(List.of(10, 30, 4, 20), List.of(row.promptTokens(), row.completionTokens(), row.cachedTokens(),
                row.reasoningTokens()));
        assertEquals(UsageStatus.OK, row.status());
    }

    @Test
    void theRowNamesTheEndpointTheCallCameThroughAndAChatCompletionByDefault() {
        channel("a", "m", 100);
        ChatCall chat = call(Requester.guest("4.4.4.9"), "m", false);
        relayNow(chat);
        relayNow(new ChatCall(Requester.guest("4.4.4.10"), chat.prompt(), false, Endpoint.MESSAGES));
        relayNow(new ChatCall(Requester.guest("4.4.4.11"), chat.prompt(), false, Endpoint.RESPONSES));
        assertEquals(List.of(Endpoint.CHAT, Endpoint.MESSAGES, Endpoint.RESPONSES),
                usage.entries.stream().map(UsageLogEntry::endpoint).toList());
    }

    @Test
    void aStreamThatStopsWithoutFinishingIsCutOffAndLoggedAsAnUpstreamError() {
        channel("a", "m", 100);
        RelayedChat chat = relayNow(call(Requester.guest("4.4.4.6"), "m", true));
        chat.keep(UpstreamEvent.of(new ChatEvent.TextDelta("half an")));
        assertEquals(StreamEndPolicy.Ending.CUT_OFF, chat.completed());
        assertEquals(UsageStatus.UPSTREAM_ERROR, usage.entries.get(0).status());
    }

    @Test
    void anOverloadedChannelFailsOverToTheNextOne() {
        upstream.script("a", "overloaded").script("b", "ok");
        // a first: the higher priority (the order within one priority is weighted random)
        channels.create(new ChannelDraft("a", "http://a/v1", "sk-key-a", "m", 100, true,
                null, null, null, null, null, 1, null));
        channel("b", "m", 100);
        relayNow(call(Requester.guest("7.7.7.8"), "m", false));
        assertEquals(List.of("a", "b"), upstream.hostsCalled());
        assertEquals("b", usage.entries.get(0).channelName());
    }

    @Test
    void aCallerThatGivesUpBeforeTheAnswerCancelsTheUpstreamCallAndLeavesOneCancelledRow() {
        channel("slow", "m", 10);
        upstream.script("slow", "pending");
        CompletableFuture<RelayedChat> chat = relay.relay(call(Requester.guest("5.5.5.5"), "m", false));
        assertTrue(chat.cancel(true));
        assertTrue(upstream.pending.get(0).isCancelled(), "the upstream call was cancelled");
        upstream.pending.get(0).complete(ScriptedUpstream.answer());
        assertEquals(List.of(UsageStatus.CANCELLED), usage.entries.stream().map(UsageLogEntry::status).toList());
    }
}
