-- Who did what to which object, when, and how it ended. Never a secret or token.
CREATE TABLE IF NOT EXISTS audit_log (
  id          bigserial PRIMARY KEY,
  -- Millisecond precision so the (at, id) page cursor round-trips through JavaScript dates exactly.
  at          timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
  actor_email text        NOT NULL,
  actor_role  text        NOT NULL,
  action      text        NOT NULL,
  target      text        NOT NULL DEFAULT '',
  summary     text        NOT NULL DEFAULT '',
  outcome     text        NOT NULL CHECK (outcome IN ('success', 'failure', 'denied')),
  error       text,
  request_id  text
);
CREATE INDEX IF NOT EXISTS audit_log_at_idx ON audit_log (at DESC, id DESC);
CREATE INDEX IF NOT EXISTS audit_log_actor_idx ON audit_log (actor_email, at DESC);
CREATE INDEX IF NOT EXISTS audit_log_action_idx ON audit_log (action);
