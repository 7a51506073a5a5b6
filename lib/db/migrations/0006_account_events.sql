-- Connected-account events received from Scalekit webhooks: the per-user auth timeline. Only whitelisted,
-- non-secret fields are kept (never tokens or authorization details). event_id makes receiving idempotent.
CREATE TABLE IF NOT EXISTS account_events (
  id                    bigserial   PRIMARY KEY,
  event_id              text        NOT NULL UNIQUE,
  type                  text        NOT NULL,
  identifier            text        NOT NULL,
  connection_name       text        NOT NULL DEFAULT '',
  connector             text        NOT NULL DEFAULT '',
  connected_account_id  text        NOT NULL DEFAULT '',
  old_status            text,
  status                text,
  occurred_at           timestamptz NOT NULL,
  received_at           timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp())
);
CREATE INDEX IF NOT EXISTS account_events_identifier_idx ON account_events (identifier, occurred_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS account_events_type_idx ON account_events (type, occurred_at DESC);
CREATE INDEX IF NOT EXISTS account_events_occurred_idx ON account_events (occurred_at);
