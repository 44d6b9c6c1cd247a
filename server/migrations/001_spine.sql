-- Unions form a tree; `path` is the chain of ids from the root ('/<id>/<id>/'), so a
-- subtree is one indexed prefix match.
CREATE TABLE unions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  parent_id uuid REFERENCES unions (id),
  name text NOT NULL,
  level text NOT NULL CHECK (level IN ('province', 'city', 'county', 'township', 'industry', 'enterprise')),
  region text NOT NULL DEFAULT '',
  path text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX unions_parent_idx ON unions (parent_id);
CREATE INDEX unions_path_prefix_idx ON unions (path text_pattern_ops);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  openid text UNIQUE,
  -- WeChat's session_key never leaves the server.
  wechat_session_key text,
  demo_account text UNIQUE,
  display_name text NOT NULL,
  phone text,
  is_lawyer boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE union_cadres (
  union_id uuid NOT NULL REFERENCES unions (id),
  user_id uuid NOT NULL REFERENCES users (id),
  title text NOT NULL DEFAULT '',
  PRIMARY KEY (union_id, user_id)
);
CREATE INDEX union_cadres_user_idx ON union_cadres (user_id);

-- Only a hash of the bearer token is stored; a leaked table cannot be replayed.
CREATE TABLE sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id),
  token_hash bytea NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);

CREATE SEQUENCE ticket_number_seq;

CREATE TABLE tickets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text NOT NULL UNIQUE,
  kind text NOT NULL CHECK (kind IN ('grievance', 'childcare', 'legal_aid')),
  status text NOT NULL CHECK (status IN ('submitted', 'in_progress', 'resolved', 'closed', 'withdrawn')),
  requester_id uuid NOT NULL REFERENCES users (id),
  target_union_id uuid NOT NULL REFERENCES unions (id),
  category text NOT NULL,
  title text NOT NULL,
  description text NOT NULL,
  employer text NOT NULL DEFAULT '',
  contact_phone text NOT NULL,
  confidential boolean NOT NULL DEFAULT false,
  rating smallint CHECK (rating BETWEEN 1 AND 5),
  reopen_count integer NOT NULL DEFAULT 0,
  -- The app's idempotency key: a retried or double-tapped submit finds the first ticket.
  client_request_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (requester_id, client_request_id)
);
CREATE INDEX tickets_requester_idx ON tickets (requester_id, created_at DESC, id DESC);
CREATE INDEX tickets_union_idx ON tickets (target_union_id, status, created_at DESC, id DESC);

-- The history of a ticket. Append-only: corrections are new events, never edits.
CREATE TABLE ticket_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  ticket_id uuid NOT NULL REFERENCES tickets (id),
  action text NOT NULL,
  actor_id uuid NOT NULL REFERENCES users (id),
  actor_role text NOT NULL CHECK (actor_role IN ('requester', 'cadre')),
  from_status text,
  to_status text NOT NULL,
  body text NOT NULL DEFAULT '',
  visibility text NOT NULL CHECK (visibility IN ('public', 'internal')),
  rating smallint,
  client_request_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (ticket_id, actor_id, client_request_id)
);
CREATE INDEX ticket_events_ticket_idx ON ticket_events (ticket_id, id);

CREATE FUNCTION forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END $$;
CREATE TRIGGER ticket_events_append_only BEFORE UPDATE OR DELETE ON ticket_events
  FOR EACH ROW EXECUTE FUNCTION forbid_change();

CREATE TABLE attachments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL REFERENCES users (id),
  ticket_id uuid REFERENCES tickets (id),
  storage_key text NOT NULL UNIQUE,
  mime text NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'image/webp')),
  size integer NOT NULL,
  sha256 text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX attachments_ticket_idx ON attachments (ticket_id);
CREATE INDEX attachments_owner_idx ON attachments (owner_id, created_at);
