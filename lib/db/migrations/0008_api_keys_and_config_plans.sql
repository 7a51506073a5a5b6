-- API keys for operators (CI, the mcp-console command line). Only a SHA-256 of the key is kept: the key itself
-- is shown once, at creation. Checked on every call, against this table, so a revocation holds on every console
-- instance at once.
CREATE TABLE IF NOT EXISTS api_keys (
  id            bigserial   PRIMARY KEY,
  name          text        NOT NULL,
  -- The key's first characters, safe to show ("mck_AbCd1234"), so people can tell their keys apart.
  prefix        text        NOT NULL,
  hash          text        NOT NULL UNIQUE,
  role          text        NOT NULL CHECK (role IN ('admin', 'support')),
  environments  jsonb       NOT NULL,
  created_by    text        NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
  expires_at    timestamptz NOT NULL,
  last_used_at  timestamptz,
  revoked_at    timestamptz,
  revoked_by    text
);
-- A name names one live key; a revoked key's name can be used again (a rotated key keeps its name).
CREATE UNIQUE INDEX IF NOT EXISTS api_keys_live_name_idx ON api_keys (name) WHERE revoked_at IS NULL;

-- Plans made from a file (or a promotion), kept for a day so `apply` runs exactly the plan that was shown,
-- whichever console instance shows it and whichever applies it.
CREATE TABLE IF NOT EXISTS config_plans (
  digest       text        NOT NULL,
  environment  text        NOT NULL,
  plan         jsonb       NOT NULL,
  created_by   text        NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
  expires_at   timestamptz NOT NULL,
  PRIMARY KEY (environment, digest)
);
CREATE INDEX IF NOT EXISTS config_plans_expiry_idx ON config_plans (expires_at);
