package dev.switchboard.application.service.channel;

import dev.switchboard.application.error.NotFoundException;
import dev.switchboard.application.port.in.channel.ChannelTestResult;
import dev.switchboard.application.port.in.channel.TestChannelUseCase;
import dev.switchboard.application.port.out.channel.ChannelRepository;
import dev.switchboard.application.port.out.chat.UpstreamCall;
import dev.switchboard.application.port.out.chat.UpstreamChat;
import dev.switchboard.application.port.out.chat.UpstreamFailure;
import dev.switchboard.application.port.out.security.SecretCipher;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.ChannelId;
import dev.switchboard.domain.channel.ReasoningSetting;
import dev.switchboard.domain.chat.ChatPrompt;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Pings a channel of any type with a one-token question, whether enabled or not, and times the answer. */
public class ChannelTestService implements TestChannelUseCase {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    private final ChannelRepository channels;
    private final SecretCipher cipher;
    private final UpstreamChat upstream;
    private final Clock clock;

    public ChannelTestService(ChannelRepository channels, SecretCipher cipher, UpstreamChat upstream, Clock clock) {
        this.channels = channels;
        this.cipher = cipher;
        this.upstream = upstream;
        this.clock = clock;
    }

    @Override
    public ChannelTestResult test(ChannelId id) {
        Channel channel = channels.findById(id)
                .orElseThrow(() -> new NotFoundException("channel " + id.value() + " does not exist"));
        ChatPrompt ping = ChatPrompt.simple(channel.modelId(), "ping", 1);
        Instant start = clock.instant();
        try {
            upstream.send(new UpstreamCall(channel.type(), channel.baseUrl(), cipher.open(channel.apiKey()),
                            channel.upstreamModel(), ReasoningSetting.OFF, ping))
                    .get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            return new ChannelTestResult(true, elapsed(start), null);
        } catch (ExecutionException e) {
            String why = e.getCause() instanceof UpstreamFailure failure ? failure.getMessage() : "the call failed";
            return new ChannelTestResult(false, elapsed(start), why);
        } catch (TimeoutException e) {
            return new ChannelTestResult(false, elapsed(start), "no answer within " + LIMIT.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ChannelTestResult(false, elapsed(start), "interrupted");
        }
    }

    private long elapsed(Instant start) {
        return Math.max(0, Duration.between(start, clock.instant()).toMillis());
    }
}
