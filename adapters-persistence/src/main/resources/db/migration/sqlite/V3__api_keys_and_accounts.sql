-- API keys and account management (issue 13, SPEC §10 and §17).

-- Account state: a disabled user is refused at once; token_version is bumped to end every session of an
-- account (password change, reset, disable, delete, logout-all); last_seen_at is written at most once a
-- minute; group_id is a plain nullable number until groups exist.
ALTER TABLE users ADD COLUMN enabled BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE users ADD COLUMN token_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN last_seen_at TIMESTAMP;
ALTER TABLE users ADD COLUMN group_id INTEGER;
ALTER TABLE admins ADD COLUMN token_version INTEGER NOT NULL DEFAULT 0;

-- Long-lived keys for SDKs. Only the SHA-256 of a key is stored (hex, unique), plus its first 8 and last 4
-- characters for display. allowed_models and allowed_cidrs are newline-separated lists; empty = any.
CREATE TABLE api_keys (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id        INTEGER       NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name           VARCHAR(100)  NOT NULL,
    key_hash       VARCHAR(64)   NOT NULL,
    prefix         VARCHAR(8)    NOT NULL,
    last4          VARCHAR(4)    NOT NULL,
    enabled        BOOLEAN       NOT NULL DEFAULT TRUE,
    expires_at     TIMESTAMP,
    allowed_models VARCHAR(8192) NOT NULL DEFAULT '',
    allowed_cidrs  VARCHAR(4096) NOT NULL DEFAULT '',
    created_at     TIMESTAMP     NOT NULL,
    last_used_at   TIMESTAMP
);
CREATE UNIQUE INDEX ux_api_keys_hash ON api_keys (key_hash);
CREATE INDEX ix_api_keys_user ON api_keys (user_id, id);

-- Usage rows name the key a call came with (snapshots, so a row still reads right after the key is gone).
ALTER TABLE chat_logs ADD COLUMN api_key_id INTEGER;
ALTER TABLE chat_logs ADD COLUMN api_key_name VARCHAR(100);
CREATE INDEX ix_chat_logs_api_key ON chat_logs (api_key_id, created_at);
