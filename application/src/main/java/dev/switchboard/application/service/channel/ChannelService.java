package dev.switchboard.application.service.channel;

import dev.switchboard.application.error.NotFoundException;
import dev.switchboard.application.port.in.channel.ChannelDraft;
import dev.switchboard.application.port.in.channel.ManageChannelsUseCase;
import dev.switchboard.application.port.out.change.ChangeFeed;
import dev.switchboard.application.port.out.change.ChangeKind;
import dev.switchboard.application.port.out.channel.ChannelRepository;
import dev.switchboard.application.port.out.security.SecretCipher;
import dev.switchboard.domain.channel.ApiKeyMask;
import dev.switchboard.domain.channel.BaseUrl;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.ChannelId;
import dev.switchboard.domain.channel.ChannelPrices;
import dev.switchboard.domain.channel.ChannelType;
import dev.switchboard.domain.channel.ReasoningSetting;
import dev.switchboard.domain.channel.UpstreamProfile;
import dev.switchboard.domain.channel.SealedSecret;
import dev.switchboard.domain.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Channel administration; API keys are sealed before they reach the repository. */
public class ChannelService implements ManageChannelsUseCase {

    private static final int MAX_KEY_LENGTH = 4096;

    private final ChannelRepository channels;
    private final SecretCipher cipher;
    private final Clock clock;
    private final ChangeFeed changes;

    public ChannelService(ChannelRepository channels, SecretCipher cipher, Clock clock) {
        this(channels, cipher, clock, ChangeFeed.NONE);
    }

    /** @param changes told after every stored change, so every instance reloads its channel list */
    public ChannelService(ChannelRepository channels, SecretCipher cipher, Clock clock, ChangeFeed changes) {
        this.channels = channels;
        this.cipher = cipher;
        this.clock = clock;
        this.changes = changes;
    }

    @Override
    public List<Channel> list() {
        return channels.findAll();
    }

    @Override
    public Channel get(ChannelId id) {
        return channels.findById(id).orElseThrow(() -> notFound(id));
    }

    @Override
    public Channel create(ChannelDraft draft) {
        String key = requireKey(draft.apiKey());
        Instant now = clock.instant();
        Channel created = channels.save(new Channel(null, draft.name(), new BaseUrl(draft.baseUrl()),
                cipher.seal(key), ApiKeyMask.of(key), draft.modelId(),
                draft.rpmLimit() == null ? Channel.DEFAULT_RPM : draft.rpmLimit(),
                draft.enabled() == null || draft.enabled(), now, now, profile(UpstreamProfile.DEFAULT, draft),
                draft.prices().applyTo(ChannelPrices.UNPRICED)));
        changes.publish(ChangeKind.CHANNELS);
        return created;
    }

    @Override
    public Channel update(ChannelId id, ChannelDraft draft) {
        Channel old = get(id);
        boolean newKey = draft.apiKey() != null && !draft.apiKey().isBlank();
        String key = newKey ? requireKey(draft.apiKey()) : null;
        SealedSecret sealed = newKey ? cipher.seal(key) : old.apiKey();
        Channel updated = channels.save(new Channel(old.id(),
                draft.name() == null ? old.name() : draft.name(),
                draft.baseUrl() == null ? old.baseUrl() : new BaseUrl(draft.baseUrl()),
                sealed, newKey ? ApiKeyMask.of(key) : old.apiKeyMask(),
                draft.modelId() == null ? old.modelId() : draft.modelId(),
                draft.rpmLimit() == null ? old.rpmLimit() : draft.rpmLimit(),
                draft.enabled() == null ? old.enabled() : draft.enabled(),
                old.createdAt(), clock.instant(), profile(old.profile(), draft), draft.prices().applyTo(old.prices())));
        changes.publish(ChangeKind.CHANNELS);
        return updated;
    }

    @Override
    public void delete(ChannelId id) {
        if (!channels.delete(id)) {
            throw notFound(id);
        }
        changes.publish(ChangeKind.CHANNELS);
    }

    /** The stored profile with the draft's given fields applied. */
    private static UpstreamProfile profile(UpstreamProfile old, ChannelDraft draft) {
        Integer window = draft.contextWindow() == null ? old.contextWindow()
                : draft.contextWindow() == 0 ? null : draft.contextWindow();
        return new UpstreamProfile(
                draft.type() == null ? old.type() : ChannelType.parse(draft.type()),
                draft.upstreamModel() == null ? old.upstreamModel() : draft.upstreamModel(),
                draft.reasoning() == null ? old.reasoning() : ReasoningSetting.parse(draft.reasoning()),
                window,
                draft.vision() == null ? old.vision() : draft.vision(),
                draft.priority() == null ? old.priority() : draft.priority(),
                draft.weight() == null ? old.weight() : draft.weight());
    }

    private static String requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw new InvalidInputException("api_key", "api_key must not be empty");
        }
        if (key.strip().length() > MAX_KEY_LENGTH) {
            throw new InvalidInputException("api_key", "api_key must be at most " + MAX_KEY_LENGTH + " characters");
        }
        return key.strip();
    }

    private static NotFoundException notFound(ChannelId id) {
        return new NotFoundException("channel " + id.value() + " does not exist");
    }
}
