package dev.switchboard.adapter.upstream;

import dev.switchboard.adapter.upstream.anthropic.AnthropicProvider;
import dev.switchboard.adapter.upstream.gemini.GeminiProvider;
import dev.switchboard.adapter.upstream.openai.OpenAiProvider;
import dev.switchboard.adapter.upstream.provider.Provider;
import dev.switchboard.adapter.upstream.transport.HttpTransport;
import dev.switchboard.adapter.upstream.transport.UpstreamRequest;
import dev.switchboard.application.port.out.chat.UpstreamCall;
import dev.switchboard.application.port.out.chat.UpstreamChat;
import dev.switchboard.application.port.out.chat.UpstreamFailure;
import dev.switchboard.application.port.out.chat.UpstreamReply;
import dev.switchboard.domain.channel.ChannelType;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** {@link UpstreamChat} for every channel type: the registry of providers over the one HTTP transport. */
@Singleton
public class ProviderUpstreamChat implements UpstreamChat {

    private final HttpTransport transport;
    private final Map<ChannelType, Provider> providers = new EnumMap<>(ChannelType.class);

    ProviderUpstreamChat(HttpTransport transport, OpenAiProvider openAi, AnthropicProvider anthropic,
                         GeminiProvider gemini) {
        this.transport = transport;
        for (Provider provider : List.of(openAi, anthropic, gemini)) {
            providers.put(provider.type(), provider);
        }
    }

    @Override
    public CompletableFuture<UpstreamReply> send(UpstreamCall call) {
        Provider provider = providers.get(call.type());
        UpstreamRequest request;
        try {
            request = provider.request(call);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(new UpstreamFailure(UpstreamFailure.Kind.TRANSPORT,
                    "the channel's request cannot be built", 0));
        }
        return transport.send(request, provider.codec(call));
    }
}
