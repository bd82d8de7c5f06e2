package dev.switchboard.adapter.upstream.provider;

import dev.switchboard.adapter.upstream.transport.AnswerCodec;
import dev.switchboard.adapter.upstream.transport.UpstreamRequest;
import dev.switchboard.application.port.out.chat.UpstreamCall;
import dev.switchboard.domain.channel.ChannelType;

/**
 * One upstream API, split as LiteLLM's {@code BaseConfig}: a request mapper (URL, headers, body) and the codec
 * that reads the answer (stream decoder, whole-answer decoder, error mapper). Adding a provider = one folder
 * with one of these, registered in {@code ProviderUpstreamChat}.
 */
public interface Provider {

    ChannelType type();

    /** The HTTP request for the call; throws {@link IllegalArgumentException} when it cannot be built. */
    UpstreamRequest request(UpstreamCall call);

    AnswerCodec codec(UpstreamCall call);
}
