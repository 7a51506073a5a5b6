-- Fixed-window counters shared by every console instance (mint limit, connect-link clicks, sign-in throttle).
-- One row per key; a take is one atomic INSERT ... ON CONFLICT DO UPDATE (lib/limits/window-limiter.ts).
CREATE TABLE IF NOT EXISTS rate_limits (
  key             text    PRIMARY KEY,
  window_start_ms bigint  NOT NULL,
  window_ms       integer NOT NULL,
  hits            integer NOT NULL
);
CREATE INDEX IF NOT EXISTS rate_limits_expiry_idx ON rate_limits ((window_start_ms + window_ms));
