package dev.switchboard.application.port.out.change;

/** What an admin change touched, so every instance reloads just that cache. */
public enum ChangeKind {
    CHANNELS, SETTINGS, BLOCKLIST, USERS, KEYS, GROUPS, SESSIONS
}
