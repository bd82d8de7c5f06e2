-- Channel health (SPEC §13, issue 16). A channel Switchboard took out by itself has a row here (the admin's own
-- switch stays channels.is_enabled); every instance reads these into memory and reloads on the CHANNELS change.
CREATE TABLE channel_health (
    channel_id      INTEGER      NOT NULL PRIMARY KEY REFERENCES channels (id) ON DELETE CASCADE,
    disabled_reason VARCHAR(300) NOT NULL,
    disabled_at     TIMESTAMP    NOT NULL
);
-- The last failures of each channel (at most 50 are kept per channel; older ones are pruned on insert).
CREATE TABLE channel_errors (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    channel_id INTEGER      NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
    created_at TIMESTAMP    NOT NULL,
    status     INTEGER      NOT NULL,
    error_type VARCHAR(64)  NOT NULL,
    message    VARCHAR(300) NOT NULL
);
CREATE INDEX ix_channel_errors_channel ON channel_errors (channel_id, id);
