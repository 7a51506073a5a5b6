-- Several Scalekit environments: what the console records belongs to one of them. Rows from before environments
-- have NULL, read as the default environment's.
ALTER TABLE audit_log ADD COLUMN IF NOT EXISTS environment text;
ALTER TABLE token_ledger ADD COLUMN IF NOT EXISTS environment text;
ALTER TABLE config_versions ADD COLUMN IF NOT EXISTS environment text;
ALTER TABLE account_events ADD COLUMN IF NOT EXISTS environment text;
CREATE INDEX IF NOT EXISTS audit_log_environment_at ON audit_log (environment, at DESC);

-- Console sign-in sessions: who is signed in, since when, last seen, and sessions an admin ended. Every console
-- instance reads the revocations from here, so ending a session holds everywhere. No token is stored.
CREATE TABLE IF NOT EXISTS console_sessions (
  id text PRIMARY KEY,
  email text NOT NULL,
  name text NOT NULL DEFAULT '',
  provider text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  revoked_by text
);
CREATE INDEX IF NOT EXISTS console_sessions_email ON console_sessions (email, last_seen_at DESC);
