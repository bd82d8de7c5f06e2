package dev.switchboard.adapter.redis;

import dev.switchboard.application.port.out.change.ChangeBroadcast;
import dev.switchboard.application.port.out.change.ChangeKind;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ChangeBroadcast} on Redis pub/sub: a message is {@code <instance id> <KIND>}; an instance ignores its own
 * (it has already reloaded). Lettuce re-subscribes after a reconnect; messages sent meanwhile are lost, which
 * the version check heals.
 */
public final class RedisChangeBroadcast implements ChangeBroadcast {

    private static final Logger LOG = LoggerFactory.getLogger(RedisChangeBroadcast.class);

    private final StatefulRedisConnection<String, String> connection;
    private final StatefulRedisPubSubConnection<String, String> pubSub;
    private final String channel;
    private final String instanceId;

    public RedisChangeBroadcast(StatefulRedisConnection<String, String> connection,
                                StatefulRedisPubSubConnection<String, String> pubSub, String prefix, String instanceId) {
        this.connection = connection;
        this.pubSub = pubSub;
        this.channel = prefix + "changes";
        this.instanceId = instanceId;
    }

    @Override
    public void send(ChangeKind kind) {
        // Asynchronous: an admin request never waits for Redis; a failed send is healed by the version check.
        connection.async().publish(channel, instanceId + ' ' + kind.name()).exceptionally(error -> {
            LOG.warn("Could not broadcast a {} change ({}); other instances pick it up at their next version check",
                    kind, error.getClass().getSimpleName());
            return 0L;
        });
    }

    @Override
    public void subscribe(Consumer<ChangeKind> receiver) {
        pubSub.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String from, String message) {
                if (!channel.equals(from)) {
                    return;
                }
                int space = message.indexOf(' ');
                if (space < 0 || message.substring(0, space).equals(instanceId)) {
                    return;
                }
                try {
                    receiver.accept(ChangeKind.valueOf(message.substring(space + 1)));
                } catch (IllegalArgumentException unknownKind) {
                    LOG.debug("Ignoring a change message of an unknown kind");
                }
            }
        });
        pubSub.async().subscribe(channel).exceptionally(error -> {
            LOG.warn("Could not subscribe to change messages yet ({}); the version check keeps instances in step",
                    error.getClass().getSimpleName());
            return null;
        });
    }
}
