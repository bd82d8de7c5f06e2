package dev.switchboard.application.port.out.change;

/**
 * Tells every instance that admin data changed, and lets caches subscribe: a cache registers
 * {@code feed.onChange(ChangeKind.KEYS, cache::reload)} once, and whoever changes keys calls
 * {@code feed.publish(ChangeKind.KEYS)} after the change is stored. Listeners run on a background thread
 * (they may read the database), on this instance too; a lost message is healed by a periodic version check.
 */
public interface ChangeFeed {

    /** Tells nobody: for a service built without a feed (unit tests, tools). */
    ChangeFeed NONE = new ChangeFeed() {
        @Override
        public void publish(ChangeKind kind) {
        }

        @Override
        public void onChange(ChangeKind kind, Runnable listener) {
        }
    };

    /** Announces a stored change of {@code kind} to every instance (this one included). */
    void publish(ChangeKind kind);

    /** Runs {@code listener} after every change of {@code kind}, wherever it was made. */
    void onChange(ChangeKind kind, Runnable listener);
}
