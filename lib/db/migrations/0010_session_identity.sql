-- What a session's role is worked out from, besides the email: a local account's role and the role claims read
-- at sign-in (never a token). The people page works out each person's role per environment from these, exactly
-- as their next request would.
ALTER TABLE console_sessions ADD COLUMN IF NOT EXISTS local_role text;
ALTER TABLE console_sessions ADD COLUMN IF NOT EXISTS claims jsonb NOT NULL DEFAULT '{}'::jsonb;
