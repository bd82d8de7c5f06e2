package dev.switchboard.application.service.key;

import dev.switchboard.application.error.ConflictException;
import dev.switchboard.application.error.NotFoundException;
import dev.switchboard.application.port.in.chat.KeyGrant;
import dev.switchboard.application.port.in.key.AuthenticateApiKeyQuery;
import dev.switchboard.application.port.in.key.CreatedKey;
import dev.switchboard.application.port.in.key.KeyChange;
import dev.switchboard.application.port.in.key.KeyCheck;
import dev.switchboard.application.port.in.key.KeyDraft;
import dev.switchboard.application.port.in.key.ManageApiKeysUseCase;
import dev.switchboard.application.port.out.key.ApiKeyPage;
import dev.switchboard.application.port.out.key.ApiKeyRepository;
import dev.switchboard.application.port.out.change.ChangeFeed;
import dev.switchboard.application.port.out.change.ChangeKind;
import dev.switchboard.application.service.auth.AccountStates;
import dev.switchboard.application.service.auth.ActivityRecorder;
import dev.switchboard.domain.ipblock.IpAddress;
import dev.switchboard.domain.key.ApiKey;
import dev.switchboard.domain.key.ApiKeyId;
import dev.switchboard.domain.key.ApiKeySecret;
import dev.switchboard.domain.key.KeyRules;
import dev.switchboard.domain.usage.PageRequest;
import dev.switchboard.domain.user.Role;
import dev.switchboard.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Creates, changes and revokes keys, and answers "what may this key do" from an in-memory directory of every
 * key by hash. Every change here reloads the directory at once, so a revoked key fails on the very next
 * request; {@link #reload} is also the hook for changes made on another instance.
 */
public class ApiKeyService implements ManageApiKeysUseCase, AuthenticateApiKeyQuery {

    private final ApiKeyRepository keys;
    private final AccountStates accounts;
    private final ActivityRecorder activity;
    private final Clock clock;
    private final ChangeFeed changes;
    private final SecureRandom random = new SecureRandom();
    private volatile Map<String, ApiKey> byHash = Map.of();

    public ApiKeyService(ApiKeyRepository keys, AccountStates accounts, ActivityRecorder activity, Clock clock) {
        this(keys, accounts, activity, clock, ChangeFeed.NONE);
    }

    public ApiKeyService(ApiKeyRepository keys, AccountStates accounts, ActivityRecorder activity, Clock clock,
                         ChangeFeed changes) {
        this.changes = changes;
        this.keys = keys;
        this.accounts = accounts;
        this.activity = activity;
        this.clock = clock;
    }

    /** Blocking: reads every key into the directory. */
    public synchronized void reload() {
        Map<String, ApiKey> fresh = new HashMap<>();
        keys.findAll().forEach(k -> fresh.put(k.hash(), k));
        byHash = Map.copyOf(fresh);
    }

    /**
     * Blocking: after a stored change, this instance's directory is current at once (a revoked key is refused by
     * the next request); the other instances reload when the feed tells them.
     */
    public void changed() {
        reload();
        changes.publish(ChangeKind.KEYS);
    }

    @Override
    public KeyCheck check(String presented, String clientIp) {
        String hash = ApiKeySecret.hashOf(presented == null ? "" : presented);
        ApiKey key = byHash.get(hash);
        boolean matches = key != null && MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
                key.hash().getBytes(StandardCharsets.US_ASCII));
        if (!matches || !ApiKeySecret.hasKeyShape(presented) || !key.usableAt(clock.instant())) {
            return KeyCheck.refused(KeyCheck.Outcome.UNKNOWN);
        }
        Optional<IpAddress> address = IpAddress.tryParse(clientIp);
        if (!key.allowedCidrs().isEmpty() && (address.isEmpty() || !key.allowsAddress(address.get()))) {
            return KeyCheck.refused(KeyCheck.Outcome.OUTSIDE_NETWORK);
        }
        // a key acts as its owner: a deleted owner's key is unknown, a disabled owner's is refused
        Optional<AccountStates.State> owner = accounts.find(Role.USER, key.owner().value());
        if (owner.isEmpty()) {
            return KeyCheck.refused(KeyCheck.Outcome.UNKNOWN);
        }
        if (!owner.get().enabled()) {
            return KeyCheck.refused(KeyCheck.Outcome.OWNER_DISABLED);
        }
        activity.keyUsed(key.id());
        activity.userSeen(key.owner());
        return KeyCheck.granted(new KeyGrant(key.id().value(), key.name(), key.owner(), owner.get().name(),
                key.allowedModels()));
    }

    @Override
    public synchronized CreatedKey create(UserId owner, KeyDraft draft) {
        Instant now = clock.instant();
        String name = KeyRules.name(draft.name());
        Instant expiry = KeyRules.expiry(draft.expiresAt(), now);
        var models = KeyRules.models(draft.allowedModels());
        var cidrs = KeyRules.cidrs(draft.allowedCidrs());
        if (keys.countByOwner(owner) >= KeyRules.MAX_KEYS_PER_USER) {
            throw new ConflictException("a user can have at most " + KeyRules.MAX_KEYS_PER_USER
                    + " keys: revoke one first");
        }
        ApiKeySecret secret = ApiKeySecret.generate(random);
        ApiKey saved = keys.add(ApiKey.issue(owner, name, secret, expiry, models, cidrs, now));
        changed();
        return new CreatedKey(saved, secret);
    }

    @Override
    public ApiKeyPage list(UserId owner, PageRequest page) {
        return keys.find(owner, page);
    }

    @Override
    public ApiKey change(UserId owner, ApiKeyId id, KeyChange change) {
        return apply(owned(owner, id), change);
    }

    @Override
    public void revoke(UserId owner, ApiKeyId id) {
        remove(owned(owner, id));
    }

    @Override
    public ApiKeyPage listAll(UserId owner, PageRequest page) {
        return keys.find(owner, page);
    }

    @Override
    public ApiKey changeAny(ApiKeyId id, KeyChange change) {
        return apply(existing(id), change);
    }

    @Override
    public void revokeAny(ApiKeyId id) {
        remove(existing(id));
    }

    private ApiKey apply(ApiKey key, KeyChange change) {
        ApiKey changed = key.changed(
                change.name() == null ? key.name() : KeyRules.name(change.name()),
                change.enabled() == null ? key.enabled() : change.enabled(),
                change.expiresAtGiven() ? KeyRules.expiry(change.expiresAt(), clock.instant()) : key.expiresAt(),
                change.allowedModels() == null ? key.allowedModels() : KeyRules.models(change.allowedModels()),
                change.allowedCidrs() == null ? key.allowedCidrs() : KeyRules.cidrs(change.allowedCidrs()));
        ApiKey saved = keys.update(changed);
        changed();
        return saved;
    }

    private void remove(ApiKey key) {
        keys.delete(key.id());
        changed();
    }

    /** Another user's key is reported exactly like a missing one. */
    private ApiKey owned(UserId owner, ApiKeyId id) {
        return keys.findById(id).filter(k -> k.owner().equals(owner)).orElseThrow(ApiKeyService::notFound);
    }

    private ApiKey existing(ApiKeyId id) {
        return keys.findById(id).orElseThrow(ApiKeyService::notFound);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("no such API key");
    }
}
