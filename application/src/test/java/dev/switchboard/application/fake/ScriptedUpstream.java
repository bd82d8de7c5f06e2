package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.chat.UpstreamCall;
import dev.switchboard.application.port.out.chat.UpstreamChat;
import dev.switchboard.application.port.out.chat.UpstreamFailure;
import dev.switchboard.application.port.out.chat.UpstreamReply;
import dev.switchboard.domain.usage.TokenUsage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Fake upstream: each host answers as scripted ("ok", "fail", "reject"), and every call is recorded. */
public class ScriptedUpstream implements UpstreamChat {

    public final List<UpstreamCall> calls = new CopyOnWriteArrayList<>();
    /** Calls scripted "pending": answered only when the test completes them (or never). */
    public final List<CompletableFuture<UpstreamReply>> pending = new CopyOnWriteArrayList<>();
    private final Map<String, String> scripts = new ConcurrentHashMap<>();

    public ScriptedUpstream script(String host, String behaviour) {
        scripts.put(host, behaviour);
        return this;
    }

    @Override
    public CompletableFuture<UpstreamReply> send(UpstreamCall call) {
        calls.add(call);
        return switch (scripts.getOrDefault(call.url().getHost(), "ok")) {
            case "fail" -> CompletableFuture.failedFuture(new UpstreamFailure("HTTP 500", 500, true));
            case "reject" -> CompletableFuture.failedFuture(new UpstreamFailure("bad max_tokens", 400, false));
            case "pending" -> {
                CompletableFuture<UpstreamReply> later = new CompletableFuture<>();
                pending.add(later);
                yield later;
            }
            default -> CompletableFuture.completedFuture(call.stream()
                    ? UpstreamReply.streaming(subscriber -> { })
                    : UpstreamReply.complete("{}".getBytes(StandardCharsets.UTF_8), new TokenUsage(5, 7), "hi"));
        };
    }

    public List<String> hostsCalled() {
        return calls.stream().map(c -> c.url().getHost()).toList();
    }
}
