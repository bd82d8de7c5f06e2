package dev.switchboard.adapter.web.responses;

import dev.switchboard.adapter.web.chat.StreamCutoff;
import dev.switchboard.adapter.web.security.Claims;
import dev.switchboard.adapter.web.support.ClientIpResolver;
import dev.switchboard.application.port.in.chat.ChatCall;
import dev.switchboard.application.port.in.chat.RelayChatUseCase;
import dev.switchboard.application.port.in.chat.RelayedChat;
import dev.switchboard.application.port.in.chat.Requester;
import dev.switchboard.domain.shared.InvalidInputException;
import dev.switchboard.domain.usage.Endpoint;
import dev.switchboard.domain.user.Role;
import dev.switchboard.domain.user.UserId;
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
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The OpenAI Responses API ({@code POST /v1/responses}) for Codex and the OpenAI SDKs, stateless, over any channel:
 * the request becomes a neutral {@link ChatCall} and goes through the same relay as chat completions (blocklist,
 * limits, key scopes, failover, the usage row); the answer is written as Responses API events or one object.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "chat")
class ResponsesController {

    private static final Argument<Map<String, Object>> JSON_OBJECT = Argument.mapOf(String.class, Object.class);

    private final RelayChatUseCase relay;
    private final ClientIpResolver clientIp;
    private final JsonMapper json;
    private final Scheduler blocking;
    private final StreamCutoff cutoff;

    ResponsesController(RelayChatUseCase relay, ClientIpResolver clientIp, JsonMapper json,
                        @Named(TaskExecutors.BLOCKING) ExecutorService blocking, StreamCutoff cutoff) {
        this.relay = relay;
        this.clientIp = clientIp;
        this.json = json;
        this.blocking = Schedulers.fromExecutorService(blocking);
        this.cutoff = cutoff;
    }

    @Operation(summary = "OpenAI Responses API, stateless: input as a string or items, instructions, function tools; "
            + "streamed as Responses events when \"stream\": true. previous_response_id is refused (nothing is stored)")
    @SecurityRequirement(name = "apiKey")
    @Post(uri = "/v1/responses", consumes = MediaType.ALL, produces = {MediaType.APPLICATION_JSON,
            MediaType.TEXT_EVENT_STREAM})
    // No @ExecuteOn, as for chat completions: the relay does no blocking work before it sends.
    Mono<HttpResponse<?>> create(HttpRequest<?> request, @Body @Nullable byte[] body,
                                 @Nullable Authentication authentication) {
        ResponsesRequest parsed = ResponsesRequest.read(parse(body));
        // The answer always ends with its usage (response.completed), so the surface always wants it.
        ChatCall call = new ChatCall(requester(request, authentication), parsed.prompt(), true, Endpoint.RESPONSES);
        ResponseShell shell = new ResponseShell(ResponseIds.response(), Instant.now().getEpochSecond(), parsed.echo());
        Mono<RelayedChat> relayed = Mono.fromFuture(() -> cancelOnDisconnect(request, relay.relay(call)));
        if (relay.blocksBeforeSending()) {
            relayed = relayed.subscribeOn(blocking);
        }
        return relayed
                .<HttpResponse<?>>map(chat -> respond(chat, shell))
                .onErrorResume(CancellationException.class, gone -> Mono.empty());
    }

    private HttpResponse<?> respond(RelayedChat chat, ResponseShell shell) {
        if (!chat.streaming()) {
            return HttpResponse.ok(ResponseEncoder.whole(json, shell, chat.answer()))
                    .contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        return HttpResponse.ok(ResponsesSse.body(chat, cutoff.signal(), ResponseEncoder.stream(json, shell)))
                .contentType(MediaType.TEXT_EVENT_STREAM_TYPE)
                .header("Cache-Control", "no-cache")
                .header("X-Accel-Buffering", "no");
    }

    /** A client that leaves before the answer begins cancels the relay (and so the upstream call), as on chat. */
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

    private Map<String, Object> parse(@Nullable byte[] body) {
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

    private Requester requester(HttpRequest<?> request, @Nullable Authentication authentication) {
        String ip = clientIp.resolve(request);
        if (authentication != null && Claims.role(authentication).orElse(null) == Role.USER) {
            long id = Claims.id(authentication);
            if (id > 0) {
                return new Requester(ip, new UserId(id), authentication.getName(),
                        Claims.key(authentication).orElse(null));
            }
        }
        return Requester.guest(ip);
    }
}
