-- Cost, groups and quotas (SPEC §14, issue 17).
-- Money: a channel's prices (per 1M tokens, in the settings' currency) are exact decimal text, null = unpriced;
-- every cost is a whole number of nano-units (10^-9 of the currency) in a BIGINT, so sums are exact on every
-- database and the stats' sums equal the sums of the rows.
ALTER TABLE channels ADD COLUMN input_price VARCHAR(40);
ALTER TABLE channels ADD COLUMN output_price VARCHAR(40);
ALTER TABLE channels ADD COLUMN cached_input_price VARCHAR(40);

-- Groups (a class, a team). allowed_models is a newline-separated list, empty = every model; null quotas and rpm
-- mean no limit / the user RPM setting. Members are users.group_id (V3).
CREATE TABLE user_groups (
    id                              INTEGER PRIMARY KEY AUTOINCREMENT,
    name                            VARCHAR(100)  NOT NULL,
    rpm                             INTEGER,
    allowed_models                  VARCHAR(8192) NOT NULL DEFAULT '',
    monthly_token_quota             BIGINT,
    monthly_cost_quota_nanos        BIGINT,
    member_monthly_token_quota      BIGINT,
    member_monthly_cost_quota_nanos BIGINT,
    created_at                      TIMESTAMP     NOT NULL
);
CREATE UNIQUE INDEX ux_user_groups_name ON user_groups (name);

-- Usage rows: the cost when written (null: unpriced channel) and the user's group then (snapshot of the name).
ALTER TABLE chat_logs ADD COLUMN cost_nanos BIGINT;
ALTER TABLE chat_logs ADD COLUMN group_id INTEGER;
ALTER TABLE chat_logs ADD COLUMN group_name VARCHAR(100);
CREATE INDEX ix_chat_logs_group ON chat_logs (group_id, created_at);

-- Rollups: cost per day and model; calls and tokens per guest IP and day (guest quota); and per user and group
-- (0 = none) and day, from which quotas, the users' month and the top users are read without touching chat_logs.
ALTER TABLE usage_daily ADD COLUMN cost_nanos BIGINT NOT NULL DEFAULT 0;
ALTER TABLE usage_daily_guests ADD COLUMN calls BIGINT NOT NULL DEFAULT 0;
ALTER TABLE usage_daily_guests ADD COLUMN tokens BIGINT NOT NULL DEFAULT 0;
CREATE TABLE usage_daily_accounts (
    epoch_day  INTEGER NOT NULL,
    user_id    INTEGER NOT NULL,
    group_id   INTEGER NOT NULL DEFAULT 0,
    calls      BIGINT  NOT NULL,
    tokens     BIGINT  NOT NULL,
    cost_nanos BIGINT  NOT NULL,
    PRIMARY KEY (epoch_day, user_id, group_id)
);
-- Forget the zone the rollups were built in, so the next start rebuilds them all from chat_logs, new columns and
-- table included.
DELETE FROM system_config WHERE config_key = 'usage_rollup_zone';
