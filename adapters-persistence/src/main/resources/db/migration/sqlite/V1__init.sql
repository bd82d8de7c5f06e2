-- Switchboard schema. Portable SQL except the SQLite row-id keys (INTEGER PRIMARY KEY AUTOINCREMENT),
-- which a PostgreSQL migration set replaces with identity columns. Instants are stored by the driver
-- (epoch milliseconds on SQLite, TIMESTAMP elsewhere).

CREATE TABLE users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    email         VARCHAR(254) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP    NOT NULL
);
CREATE UNIQUE INDEX ux_users_email ON users (email);

CREATE TABLE admins (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP    NOT NULL
);
CREATE UNIQUE INDEX ux_admins_username ON admins (username);

CREATE TABLE channels (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    name           VARCHAR(100)  NOT NULL,
    base_url       VARCHAR(2048) NOT NULL,
    api_key_cipher VARCHAR(8192) NOT NULL,
    api_key_mask   VARCHAR(32)   NOT NULL,
    model_id       VARCHAR(200)  NOT NULL,
    rpm_limit      INTEGER       NOT NULL DEFAULT 60,
    is_enabled     BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at     TIMESTAMP     NOT NULL,
    updated_at     TIMESTAMP     NOT NULL
);
CREATE INDEX ix_channels_model_enabled ON channels (model_id, is_enabled);

CREATE TABLE system_config (
    config_key   VARCHAR(64)  NOT NULL PRIMARY KEY,
    config_value VARCHAR(255) NOT NULL,
    updated_at   TIMESTAMP    NOT NULL
);

CREATE TABLE blocked_ips (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    ip_address VARCHAR(64)  NOT NULL,
    reason     VARCHAR(500),
    created_at TIMESTAMP    NOT NULL
);
CREATE UNIQUE INDEX ux_blocked_ips_address ON blocked_ips (ip_address);

CREATE TABLE blocked_attempts (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    ip_address VARCHAR(64)   NOT NULL,
    path       VARCHAR(2048) NOT NULL,
    rule       VARCHAR(64)   NOT NULL,
    created_at TIMESTAMP     NOT NULL
);
CREATE INDEX ix_blocked_attempts_created ON blocked_attempts (created_at);

-- One row per chat request. Never message content. user_email and channel_name are snapshots,
-- so a row still reads right after the user or channel is gone.
CREATE TABLE chat_logs (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at        TIMESTAMP    NOT NULL,
    ip_address        VARCHAR(64)  NOT NULL,
    user_id           INTEGER,
    user_email        VARCHAR(254),
    model_id          VARCHAR(200) NOT NULL,
    channel_id        INTEGER,
    channel_name      VARCHAR(100),
    prompt_tokens     INTEGER      NOT NULL DEFAULT 0,
    completion_tokens INTEGER      NOT NULL DEFAULT 0,
    status            VARCHAR(32)  NOT NULL,
    latency_ms        INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX ix_chat_logs_created ON chat_logs (created_at);
CREATE INDEX ix_chat_logs_user_created ON chat_logs (user_id, created_at);
CREATE INDEX ix_chat_logs_ip_created ON chat_logs (ip_address, created_at);
CREATE INDEX ix_chat_logs_model_created ON chat_logs (model_id, created_at);
