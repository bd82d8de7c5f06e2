package dev.switchboard.adapter.web.chat;

import dev.switchboard.adapter.web.messages.AnthropicModelList;
import dev.switchboard.adapter.web.security.Claims;
import dev.switchboard.adapter.web.support.ClientIpResolver;
import dev.switchboard.application.port.in.chat.ChatCall;
import dev.switchboard.application.port.in.chat.KeyGrant;
import dev.switchboard.application.port.in.chat.ListModelsQuery;
import dev.switchboard.application.port.in.chat.ModelInfo;
import dev.switchboard.application.port.in.chat.RelayChatUseCase;
import dev.switchboard.application.port.in.chat.RelayedChat;
import dev.switchboard.application.port.in.chat.Requester;
import dev.switchboard.domain.shared.InvalidInputException;
import dev.switchboard.domain.user.Role;
import dev.switchboard.domain.user.UserId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import jakarta.inject.Named;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.core.publisher.Mono;

/** The chat API for the browser ({@code /api/chat}) and for OpenAI SDKs ({@code /v1}): same rules for both. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "chat")
class ChatController {

    static final String TRIMMED_HEADER = "X-Switchboard-Trimmed";
    private static final Argument<Map<String, Object>> JSON_OBJECT = Argument.mapOf(String.class, Object.class);

    private final RelayChatUseCase relay;
    private final ListModelsQuery models;
    private final ClientIpResolver clientIp;
    private final JsonMapper json;
    private final Scheduler blocking;
    private final StreamCutoff cutoff;

    ChatController(RelayChatUseCase relay, ListModelsQuery models, ClientIpResolver clientIp, JsonMapper json,
                   @Named(TaskExecutors.BLOCKING) ExecutorService blocking, StreamCutoff cutoff) {
        this.relay = relay;
        this.models = models;
        this.clientIp = clientIp;
        this.json = json;
        this.blocking = Schedulers.fromExecutorService(blocking);
        this.cutoff = cutoff;
    }

    @Operation(summary = "Models of the enabled channels; for a group member, only those of the group's list")
    @Get("/api/chat/models")
    @ExecuteOn(TaskExecutors.BLOCKING)
    List<ModelResponses.Model> models(@Nullable Authentication authentication) {
        return visibleModels(authentication).stream().map(ModelResponses.Model::of).toList();
    }

    /** Every model, or a signed-in user's: those their group allows (SPEC §14). */
    private List<ModelInfo> visibleModels(@Nullable Authentication authentication) {
        if (authentication != null && Claims.role(authentication).orElse(null) == Role.USER && Claims.id(authentication) > 0) {
            return models.modelsFor(new UserId(Claims.id(authentication)));
        }
        return models.models();
    }

    @Operation(summary = "Models in OpenAI's list format, or Anthropic's when the request carries anthropic-version; "
            + "with an API key, only the models the key may use; for a group member, only the group's")
    @SecurityRequirement(name = "apiKey")
    @Get("/v1/models")
    @ExecuteOn(TaskExecutors.BLOCKING)
    Object openAiModels(HttpRequest<?> request, @Nullable Authentication authentication) {
        Optional<KeyGrant> key = authentication == null ? Optional.empty() : Claims.key(authentication);
        List<ModelInfo> allowed = visibleModels(authentication).stream()
                .filter(m -> key.map(k -> k.allows(m.id())).orElse(true)).toList();
        return request.getHeaders().contains(AnthropicModelList.VERSION_HEADER) ? AnthropicModelList.of(allowed)
                : ModelResponses.OpenAiList.of(allowed);
    }

    @Operation(summary = "OpenAI chat completion, streamed as SSE when \"stream\": true; optional Bearer user token, "
            + "or on /v1 an API key (Authorization: Bearer sb-… or x-api-key: sb-…). A model the key may not use: 403")
    @SecurityRequirement(name = "apiKey")
    @Post(uris = {"/api/chat/completions", "/v1/chat/completions"}, consumes = MediaType.ALL,
            produces = {MediaType.APPLICATION_JSON, MediaType.TEXT_EVENT_STREAM})
    // No @ExecuteOn: the relay does no blocking work (channels, settings and limits are in memory, usage rows
    // are queued), and staying on the event loop lets the upstream connection live on this very loop.
    Mono<HttpResponse<?>> complete(HttpRequest<?> request, @Body @Nullable byte[] body,
                                   @Nullable Authentication authentication) {
        Map<String, Object> parsed = parse(body);
        // only the browser's chat is fitted to the channel's window; API clients get exactly what they sent
        boolean browser = request.getPath().startsWith("/api/");
        ChatCall call = new ChatCall(requester(request, authentication), OpenAiChatRequests.prompt(parsed),
                OpenAiChatRequests.wantsUsage(parsed), browser);
        Mono<RelayedChat> relayed = Mono.fromFuture(() -> cancelOnDisconnect(request, relay.relay(call)));
        if (relay.blocksBeforeSending()) {
            // Shared limits cost a Redis round trip each: never on the event loop.
            relayed = relayed.subscribeOn(blocking);
        }
        return relayed
                .map(this::respond)
                // cancelled because the client left: nobody to answer, and nothing went wrong
                .onErrorResume(CancellationException.class, gone -> Mono.empty());
    }

    /**
     * Micronaut does not cancel a pending response when its client goes away, so a client that leaves before
     * the answer begins (a non-streamed chat, a reasoning model still thinking) would leave the upstream
     * working — and billing — until it answers. The connection's close cancels the relay instead.
     */
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

    private HttpResponse<?> respond(RelayedChat chat) {
        // Only translated answers show it; not a secret, so no SecureRandom on the hot path.
        String id = "chatcmpl-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        long created = Instant.now().getEpochSecond();
        if (!chat.streaming()) {
            // An OpenAI channel's answer goes as it came; any other is written in OpenAI's shape.
            byte[] answer = chat.body() != null && chat.body().is(OpenAiChatRequests.FORMAT) ? chat.body().bytes()
                    : OpenAiCompletionEncoder.encode(json, chat.answer(), id, chat.model(), created);
            return trimmed(HttpResponse.ok(answer).contentType(MediaType.APPLICATION_JSON_TYPE), chat);
        }
        return trimmed(HttpResponse.ok(SseRelay.body(chat, cutoff.signal(),
                        new OpenAiChunkEncoder(json, id, chat.model(), created)))
                .contentType(MediaType.TEXT_EVENT_STREAM_TYPE)
                .header("Cache-Control", "no-cache")
                .header("X-Accel-Buffering", "no"), chat);
    }

    /** SPEC §16: how many of the oldest messages were not sent, so the page can mark where the context begins. */
    private static MutableHttpResponse<?> trimmed(MutableHttpResponse<?> response, RelayedChat chat) {
        return chat.trimmed() > 0 ? response.header(TRIMMED_HEADER, Integer.toString(chat.trimmed())) : response;
    }

    private Map<String, Object> parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidInputException("body", "a JSON body is required");
        }
        try {
            Map<String, Object> parsed = json.readValue(body, JSON_OBJECT);
            if (parsed == null) {
                throw new InvalidInputException("body", "the body must be a JSON object");
            }
            return parsed;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("body", "the body is not a valid JSON object");
        }
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
