package dev.switchboard.application.service.change;

import dev.switchboard.application.port.out.change.ChangeBroadcast;
import dev.switchboard.application.port.out.change.ChangeFeed;
import dev.switchboard.application.port.out.change.ChangeKind;
import dev.switchboard.application.port.out.change.ChangeVersions;
import java.lang.System.Logger.Level;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/**
 * The change feed: a change bumps its kind's version row, runs this instance's listeners at once and is
 * broadcast to the others (when there is a broadcast, i.e. Redis); {@link #checkVersions} — run every few
 * seconds — reloads any kind whose stored version moved without a message reaching us (a lost publish,
 * a Redis outage, no Redis at all but a shared database).
 */
public class ChangeFeedService implements ChangeFeed {

    private static final System.Logger LOG = System.getLogger(ChangeFeedService.class.getName());

    private final ChangeVersions versions;
    private final ChangeBroadcast broadcast;
    private final Executor background;
    private final Map<ChangeKind, List<Runnable>> listeners = new EnumMap<>(ChangeKind.class);
    private final Map<ChangeKind, Long> seen = new EnumMap<>(ChangeKind.class);
    private boolean baseline;

    /** @param broadcast null without Redis: changes then reach other instances through the version check only */
    public ChangeFeedService(ChangeVersions versions, ChangeBroadcast broadcast, Executor background) {
        this.versions = versions;
        this.broadcast = broadcast;
        this.background = background;
        for (ChangeKind kind : ChangeKind.values()) {
            listeners.put(kind, new CopyOnWriteArrayList<>());
        }
        if (broadcast != null) {
            broadcast.subscribe(kind -> background.execute(() -> receive(kind)));
        }
    }

    @Override
    public void publish(ChangeKind kind) {
        try {
            remember(kind, versions.bump(kind));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not bump the " + kind + " version; other instances may miss this change", e);
        }
        fire(kind);
        if (broadcast != null) {
            broadcast.send(kind);
        }
    }

    @Override
    public void onChange(ChangeKind kind, Runnable listener) {
        listeners.get(kind).add(listener);
    }

    /** Reloads every kind whose stored version differs from the one this instance last acted on. */
    public void checkVersions() {
        Map<ChangeKind, Long> current;
        try {
            current = versions.current();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not read the change versions; trying again at the next check", e);
            return;
        }
        boolean first;
        synchronized (seen) {
            first = !baseline;
            baseline = true;
        }
        for (Map.Entry<ChangeKind, Long> entry : current.entrySet()) {
            if (remember(entry.getKey(), entry.getValue()) && !first) {
                fire(entry.getKey());
            }
        }
    }

    /** A message from another instance: reload, and note the version so the next check does not reload again. */
    private void receive(ChangeKind kind) {
        try {
            Long version = versions.current().get(kind);
            if (version != null) {
                remember(kind, version);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "could not read the change versions", e);
        }
        fire(kind);
    }

    /** @return true when {@code version} is newer than the one seen so far */
    private boolean remember(ChangeKind kind, long version) {
        synchronized (seen) {
            Long before = seen.get(kind);
            if (before != null && before >= version) {
                return false;
            }
            seen.put(kind, version);
            return true;
        }
    }

    private void fire(ChangeKind kind) {
        for (Runnable listener : listeners.get(kind)) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "reloading after a " + kind + " change failed; the next check retries", e);
                synchronized (seen) {
                    seen.remove(kind);
                }
            }
        }
    }
}
