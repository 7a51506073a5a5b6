-- Every session token minted through the console: who, for whom, which config, how long, which access level,
-- and the token id (jti). Never the token itself.
CREATE TABLE IF NOT EXISTS token_ledger (
  id              bigserial PRIMARY KEY,
  at              timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
  operator_email  text        NOT NULL,
  kind            text        NOT NULL CHECK (kind IN ('mint', 'preview')),
  config_id       text        NOT NULL,
  config_name     text        NOT NULL,
  identifier      text        NOT NULL,
  access_level    text        NOT NULL CHECK (access_level IN ('FULL', 'READ_ONLY')),
  expiry_seconds  integer     NOT NULL,
  expires_at      timestamptz NOT NULL,
  token_id        text        NOT NULL
);
CREATE INDEX IF NOT EXISTS token_ledger_at_idx ON token_ledger (at DESC, id DESC);
CREATE INDEX IF NOT EXISTS token_ledger_operator_idx ON token_ledger (operator_email, at DESC);
