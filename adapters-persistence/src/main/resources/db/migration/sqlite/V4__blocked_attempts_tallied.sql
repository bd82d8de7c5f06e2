-- Blocked attempts become tallies: one row per (IP, path, rule, minute) with a count, so a flood from a
-- blocked IP adds one row per minute instead of one per request. created_at is the minute's start.
-- Existing rows are folded into their minute (SQLite stores instants as epoch milliseconds).
CREATE TABLE blocked_attempts_tallied (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    ip_address    VARCHAR(64)   NOT NULL,
    path          VARCHAR(1024) NOT NULL,
    rule          VARCHAR(64)   NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    attempt_count INTEGER       NOT NULL DEFAULT 1
);

INSERT INTO blocked_attempts_tallied (ip_address, path, rule, created_at, attempt_count)
SELECT ip_address, substr(path, 1, 1024), rule, (created_at / 60000) * 60000, COUNT(*)
FROM blocked_attempts
GROUP BY ip_address, substr(path, 1, 1024), rule, (created_at / 60000) * 60000;

DROP TABLE blocked_attempts;
ALTER TABLE blocked_attempts_tallied RENAME TO blocked_attempts;

CREATE INDEX ix_blocked_attempts_created ON blocked_attempts (created_at);
CREATE UNIQUE INDEX ux_blocked_attempts_tally ON blocked_attempts (ip_address, path, rule, created_at);
