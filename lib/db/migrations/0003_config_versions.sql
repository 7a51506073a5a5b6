-- Full snapshots of every config version the console made or found (external changes), for history and rollback.
CREATE TABLE IF NOT EXISTS config_versions (
  id           bigserial PRIMARY KEY,
  at           timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
  config_id    text        NOT NULL,
  config_name  text        NOT NULL,
  version      integer     NOT NULL,
  kind         text        NOT NULL CHECK (kind IN ('create', 'update', 'rollback', 'clone', 'delete', 'external')),
  snapshot     jsonb       NOT NULL,
  hash         text        NOT NULL,
  actor_email  text        NOT NULL,
  actor_role   text        NOT NULL,
  note         text        NOT NULL DEFAULT '',
  UNIQUE (config_id, version)
);
CREATE INDEX IF NOT EXISTS config_versions_config_idx ON config_versions (config_id, version DESC);
