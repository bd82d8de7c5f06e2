package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.chat.UpstreamCall;
import dev.switchboard.application.port.out.chat.UpstreamChat;
import dev.switchboard.application.port.out.chat.UpstreamFailure;
import dev.switchboard.application.port.out.chat.UpstreamReply;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.usage.TokenUsage;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Fake upstream: each host answers as scripted ("ok", "fail" (500), "overloaded" (529), "reject" (400),
 * "pending"), and every call is recorded.
 */
public class ScriptedUpstream implements UpstreamChat {

    public final List<UpstreamCall> calls = new CopyOnWriteArrayList<>();
    /** Calls scripted "pending": answered only when the test completes them (or never). */
    public final List<CompletableFuture<UpstreamReply>> pending = new CopyOnWriteArrayList<>();
    private final Map<String, String> scripts = new ConcurrentHashMap<>();

    public ScriptedUpstream script(String host, String behaviour) {
        scripts.put(host, behaviour);
        return this;
    }

    /** What "ok" answers when not streaming: "hi", 5 prompt and 7 completion tokens. */
    public static UpstreamReply answer() {
        return UpstreamReply.complete(List.of(new ChatEvent.Start("c1", "m"), new ChatEvent.TextDelta("hi"),
                new ChatEvent.Finish(FinishReason.STOP), new ChatEvent.Usage(new TokenUsage(5, 7))), null);
    }

    @Override
    public CompletableFuture<UpstreamReply> send(UpstreamCall call) {
        calls.add(call);
        return switch (scripts.getOrDefault(host(call), "ok")) {
            case "fail" -> CompletableFuture.failedFuture(
                    new UpstreamFailure(UpstreamFailure.Kind.STATUS, "HTTP 500", 500));
            case "overloaded" -> CompletableFuture.failedFuture(
                    new UpstreamFailure(UpstreamFailure.Kind.STATUS, "HTTP 529", 529, "overloaded_error"));
            case "reject" -> CompletableFuture.failedFuture(
                    new UpstreamFailure(UpstreamFailure.Kind.STATUS, "bad max_tokens", 400, "invalid_request_error"));
            case "pending" -> {
                CompletableFuture<UpstreamReply> later = new CompletableFuture<>();
                pending.add(later);
                yield later;
            }
            default -> CompletableFuture.completedFuture(call.stream()
                    ? UpstreamReply.streaming(subscriber -> { })
                    : answer());
        };
    }

    private static String host(UpstreamCall call) {
        return URI.create(call.baseUrl().value()).getHost();
    }

    public List<String> hostsCalled() {
        return calls.stream().map(ScriptedUpstream::host).toList();
    }
}
