package dev.switchboard.adapter.web.messages;

import dev.switchboard.adapter.web.chat.StreamCutoff;
import dev.switchboard.adapter.web.security.Claims;
import dev.switchboard.adapter.web.support.ClientIpResolver;
import dev.switchboard.application.port.in.chat.ChatCall;
import dev.switchboard.application.port.in.chat.CountTokensQuery;
import dev.switchboard.application.port.in.chat.RelayChatUseCase;
import dev.switchboard.application.port.in.chat.RelayedChat;
import dev.switchboard.application.port.in.chat.Requester;
import dev.switchboard.domain.chat.ChatPrompt;
import dev.switchboard.domain.shared.InvalidInputException;
import dev.switchboard.domain.usage.Endpoint;
import dev.switchboard.domain.user.Role;
import dev.switchboard.domain.user.UserId;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The Anthropic Messages API ({@code /v1/messages}) for Claude Code and the Anthropic SDKs, over any channel type:
 * the same relay as the chat completions (blocklist, limits, key scopes, failover, one usage row with endpoint
 * {@code messages}). An Anthropic channel gets the request and gives the answer as bytes; any other is translated.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "messages")
class MessagesController {

    static final String MESSAGES = "/v1/messages";
    /** The Anthropic protocol headers an Anthropic channel gets as the client sent them. */
    private static final String[] FORWARDED = {"anthropic-version", "anthropic-beta"};
    private static final Argument<Map<String, Object>> JSON_OBJECT = Argument.mapOf(String.class, Object.class);

    private final RelayChatUseCase relay;
    private final CountTokensQuery tokens;
    private final ClientIpResolver clientIp;
    private final JsonMapper json;
    private final Scheduler blocking;
    private final StreamCutoff cutoff;
    private final Duration pingEvery;

    MessagesController(RelayChatUseCase relay, CountTokensQuery tokens, ClientIpResolver clientIp, JsonMapper json,
                       @Named(TaskExecutors.BLOCKING) ExecutorService blocking, StreamCutoff cutoff,
                       @Value("${switchboard.messages.ping-interval:10s}") Duration pingEvery) {
        this.relay = relay;
        this.tokens = tokens;
        this.clientIp = clientIp;
        this.json = json;
        this.blocking = Schedulers.fromExecutorService(blocking);
        this.cutoff = cutoff;
        this.pingEvery = pingEvery;
    }

    @Operation(summary = "Anthropic Messages API, streamed as Anthropic SSE when \"stream\": true. Credentials: "
            + "x-api-key: sb-… or Authorization: Bearer (key or JWT), none for a guest. Errors in Anthropic's shape")
    @SecurityRequirement(name = "apiKey")
    @Post(uri = MESSAGES, consumes = MediaType.ALL, produces = {MediaType.APPLICATION_JSON, MediaType.TEXT_EVENT_STREAM})
    // No @ExecuteOn, as for chat completions: the relay does no blocking work unless limits live on Redis.
    Mono<HttpResponse<?>> create(HttpRequest<?> request, @Body @Nullable byte[] body,
                                 @Nullable Authentication authentication) {
        ChatPrompt prompt = prompt(request, body);
        ChatCall call = new ChatCall(requester(request, authentication), prompt, true, Endpoint.MESSAGES);
        Mono<RelayedChat> relayed = Mono.fromFuture(() -> cancelOnDisconnect(request, relay.relay(call)));
        if (relay.blocksBeforeSending()) {
            relayed = relayed.subscribeOn(blocking);
        }
        return relayed
                .map(this::respond)
                .onErrorResume(CancellationException.class, gone -> Mono.empty());
    }

    @Operation(summary = "Anthropic token count: {\"input_tokens\"}, estimated locally (JTokkit) for any channel")
    @SecurityRequirement(name = "apiKey")
    @Post(uri = MESSAGES + "/count_tokens", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<String> countTokens(HttpRequest<?> request, @Body @Nullable byte[] body) {
        int count = tokens.inputTokens(prompt(request, body));
        return HttpResponse.ok("{\"input_tokens\":" + count + "}").contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private HttpResponse<?> respond(RelayedChat chat) {
        String id = "msg_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        if (!chat.streaming()) {
            // An Anthropic channel's answer goes as it came; any other is written in Anthropic's shape.
            byte[] answer = chat.body() != null && chat.body().is(AnthropicRequests.FORMAT) ? chat.body().bytes()
                    : AnthropicMessageEncoder.encode(json, chat.answer(), id, chat.model());
            return HttpResponse.ok(answer).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        return HttpResponse.ok(MessagesSseRelay.body(chat, cutoff.signal(),
                        new AnthropicStreamEncoder(json, id, chat.model()), pingEvery))
                .contentType(MediaType.TEXT_EVENT_STREAM_TYPE)
                .header("Cache-Control", "no-cache")
                .header("X-Accel-Buffering", "no");
    }

    private ChatPrompt prompt(HttpRequest<?> request, byte[] body) {
        Map<String, String> forwarded = new LinkedHashMap<>();
        for (String name : FORWARDED) {
            String value = request.getHeaders().get(name);
            if (value != null) {
                forwarded.put(name, value);
            }
        }
        return AnthropicRequests.prompt(parse(body), forwarded, this::writeJson);
    }

    private String writeJson(Object value) {
        try {
            return new String(json.writeValueAsBytes(value), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException("messages", "a tool_use input must be a JSON object");
        }
    }

    private Map<String, Object> parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidInputException("body", "a JSON body is required");
        }
        Map<String, Object> parsed;
        try {
            parsed = json.readValue(body, JSON_OBJECT);
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("body", "the body is not a valid JSON object");
        }
        if (parsed == null) {
            throw new InvalidInputException("body", "the body must be a JSON object");
        }
        return parsed;
    }

    /** The client leaving before the answer begins cancels the relay, so the upstream stops (and stops billing). */
    private static CompletableFuture<RelayedChat> cancelOnDisconnect(HttpRequest<?> request,
                                                                     CompletableFuture<RelayedChat> relayed) {
        if (request instanceof NettyHttpRequest<?> netty && !relayed.isDone()) {
            ChannelFuture closed = netty.getChannelHandlerContext().channel().closeFuture();
            ChannelFutureListener cancel = future -> relayed.cancel(true);
            closed.addListener(cancel);
            relayed.whenComplete((chat, error) -> closed.removeListener(cancel));
        }
        return relayed;
    }

    private Requester requester(HttpRequest<?> request, @Nullable Authentication authentication) {
        String ip = clientIp.resolve(request);
        if (authentication != null && Claims.role(authentication).orElse(null) == Role.USER) {
            long id = Claims.id(authentication);
            if (id > 0) {
                return new Requester(ip, new UserId(id), authentication.getName(), Claims.key(authentication).orElse(null));
            }
        }
        return Requester.guest(ip);
    }
}
