-- One version per kind of admin data (issue 18, cross-instance invalidation). Every change bumps its row;
-- instances compare the versions every few seconds and reload a kind whose version moved, so a lost
-- pub/sub message heals. Seeded with every kind so a bump is always a plain UPDATE on both databases.
CREATE TABLE change_versions (
    kind       VARCHAR(32) NOT NULL PRIMARY KEY,
    version    BIGINT      NOT NULL
);
INSERT INTO change_versions (kind, version) VALUES ('CHANNELS', 0);
INSERT INTO change_versions (kind, version) VALUES ('SETTINGS', 0);
INSERT INTO change_versions (kind, version) VALUES ('BLOCKLIST', 0);
INSERT INTO change_versions (kind, version) VALUES ('USERS', 0);
INSERT INTO change_versions (kind, version) VALUES ('KEYS', 0);
INSERT INTO change_versions (kind, version) VALUES ('GROUPS', 0);
