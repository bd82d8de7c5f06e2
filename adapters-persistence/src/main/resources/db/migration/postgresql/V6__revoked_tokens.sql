-- Signed-out token ids (POST /api/auth/logout) until the token would have expired anyway, shared by every
-- instance: each keeps them in memory and reloads them when the SESSIONS version moves.
CREATE TABLE revoked_tokens (
    token_id   VARCHAR(64) NOT NULL PRIMARY KEY,
    expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX ix_revoked_tokens_expires ON revoked_tokens (expires_at);
INSERT INTO change_versions (kind, version) VALUES ('SESSIONS', 0);
