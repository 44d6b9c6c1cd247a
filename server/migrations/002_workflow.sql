-- The 12345/12351 response workflow: tickets travel down the union tree (派单/退单/转办), run
-- on working-day deadlines, pause for material, get rated on three dimensions, and raise 督办.

ALTER TABLE users ADD COLUMN employer_union_id uuid REFERENCES unions (id);

-- Statuses: resolved becomes answered (已答复); new awaiting_info and refused.
ALTER TABLE tickets DROP CONSTRAINT tickets_status_check;
UPDATE tickets SET status = 'answered' WHERE status = 'resolved';
ALTER TABLE tickets ADD CONSTRAINT tickets_status_check
  CHECK (status IN ('submitted', 'in_progress', 'awaiting_info', 'answered', 'closed', 'refused', 'withdrawn'));

ALTER TABLE tickets
  -- target_union_id stays the union the worker addressed; current_union_id is who handles it now.
  ADD COLUMN current_union_id uuid REFERENCES unions (id),
  ADD COLUMN dispatched_from_union_id uuid REFERENCES unions (id),
  ADD COLUMN urgent boolean NOT NULL DEFAULT false,
  ADD COLUMN ack_due_at timestamptz,
  ADD COLUMN answer_due_at timestamptz,
  -- The running clock (null while paused or once answered) and when its light turns yellow.
  ADD COLUMN due_at timestamptz,
  ADD COLUMN warn_at timestamptz,
  ADD COLUMN paused_at timestamptz,
  -- The deadline the 临期 reminder went out for, so the job sends it once per deadline.
  ADD COLUMN reminded_for_due_at timestamptz,
  ADD COLUMN acknowledged_at timestamptz,
  ADD COLUMN answered_at timestamptz,
  ADD COLUMN closed_at timestamptz,
  ADD COLUMN auto_confirmed boolean NOT NULL DEFAULT false,
  ADD COLUMN rating_speed smallint CHECK (rating_speed BETWEEN 1 AND 5),
  ADD COLUMN rating_attitude smallint CHECK (rating_attitude BETWEEN 1 AND 5),
  ADD COLUMN rating_result smallint CHECK (rating_result BETWEEN 1 AND 5),
  ADD COLUMN rating_comment text,
  ADD COLUMN unreasonable_reason text,
  ADD COLUMN unreasonable_at timestamptz;
UPDATE tickets SET current_union_id = target_union_id,
  rating_speed = rating, rating_attitude = rating, rating_result = rating;
ALTER TABLE tickets ALTER COLUMN current_union_id SET NOT NULL;
ALTER TABLE tickets DROP COLUMN rating;
CREATE INDEX tickets_current_union_idx ON tickets (current_union_id, status, created_at DESC, id DESC);
CREATE INDEX tickets_due_idx ON tickets (due_at, id) WHERE due_at IS NOT NULL;
CREATE INDEX tickets_answered_idx ON tickets (answered_at) WHERE status = 'answered';

-- Events gain the union context; the system (the deadline job) can act. Old rows are
-- rewritten once, here, with the append-only guard lifted for this migration only.
ALTER TABLE ticket_events DISABLE TRIGGER ticket_events_append_only;
ALTER TABLE ticket_events DROP CONSTRAINT ticket_events_actor_role_check;
ALTER TABLE ticket_events ALTER COLUMN actor_id DROP NOT NULL;
ALTER TABLE ticket_events
  ADD COLUMN actor_union_id uuid REFERENCES unions (id),
  ADD COLUMN to_union_id uuid REFERENCES unions (id),
  ADD COLUMN reason_code text,
  ADD COLUMN data jsonb NOT NULL DEFAULT '{}'::jsonb;
UPDATE ticket_events SET
  actor_role = CASE actor_role WHEN 'cadre' THEN 'handler' ELSE actor_role END,
  action = CASE action WHEN 'accept' THEN 'acknowledge' WHEN 'resolve' THEN 'answer' ELSE action END,
  from_status = CASE from_status WHEN 'resolved' THEN 'answered' ELSE from_status END,
  to_status = CASE to_status WHEN 'resolved' THEN 'answered' ELSE to_status END,
  data = CASE WHEN rating IS NULL THEN '{}'::jsonb
              ELSE jsonb_build_object('speed', rating, 'attitude', rating, 'result', rating) END;
ALTER TABLE ticket_events DROP COLUMN rating;
ALTER TABLE ticket_events ENABLE TRIGGER ticket_events_append_only;
ALTER TABLE ticket_events ADD CONSTRAINT ticket_events_actor_role_check
  CHECK (actor_role IN ('requester', 'handler', 'supervisor', 'system'));
ALTER TABLE ticket_events ADD CONSTRAINT ticket_events_system_has_no_actor
  CHECK ((actor_role = 'system') = (actor_id IS NULL));

-- Photos sent with 补充材料 belong to that event.
ALTER TABLE attachments ADD COLUMN event_id bigint REFERENCES ticket_events (id);

CREATE TABLE ticket_extensions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  ticket_id uuid NOT NULL REFERENCES tickets (id),
  union_id uuid NOT NULL REFERENCES unions (id),
  requested_by uuid NOT NULL REFERENCES users (id),
  days integer NOT NULL CHECK (days BETWEEN 1 AND 10),
  reason text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'denied', 'lapsed')),
  decided_by uuid REFERENCES users (id),
  decided_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- At most one request waits for the parent union at a time.
CREATE UNIQUE INDEX ticket_extensions_one_pending ON ticket_extensions (ticket_id) WHERE status = 'pending';

-- 督办: raised at the parent union by the deadline job. trigger_key names the missed deadline
-- (or 'reopened_twice'), so two job runners cannot raise the same one twice.
CREATE TABLE supervisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  ticket_id uuid NOT NULL REFERENCES tickets (id),
  union_id uuid NOT NULL REFERENCES unions (id),
  handling_union_id uuid NOT NULL REFERENCES unions (id),
  reason text NOT NULL CHECK (reason IN ('ack_overdue', 'answer_overdue', 'reopened_twice')),
  trigger_key text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  UNIQUE (ticket_id, trigger_key)
);
CREATE INDEX supervisions_open_idx ON supervisions (ticket_id) WHERE resolved_at IS NULL;
CREATE INDEX supervisions_union_idx ON supervisions (union_id) WHERE resolved_at IS NULL;

-- Deadlines per union, kind and urgency; the nearest ancestor's row applies, else defaults.
CREATE TABLE deadline_policies (
  union_id uuid NOT NULL REFERENCES unions (id),
  kind text NOT NULL CHECK (kind IN ('grievance', 'childcare', 'legal_aid')),
  urgent boolean NOT NULL,
  ack_days integer NOT NULL CHECK (ack_days BETWEEN 1 AND 5),
  answer_days integer NOT NULL CHECK (answer_days BETWEEN 1 AND 30),
  updated_by uuid NOT NULL REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (union_id, kind, urgent)
);

-- Days from the State Council's notice entered by an admin; they win over the package.
-- Removed entries are kept (removed_at) so who entered what stays on record.
CREATE TABLE calendar_overrides (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  day date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('holiday', 'workday')),
  note text NOT NULL,
  entered_by uuid NOT NULL REFERENCES users (id),
  entered_at timestamptz NOT NULL DEFAULT now(),
  removed_by uuid REFERENCES users (id),
  removed_at timestamptz
);
CREATE UNIQUE INDEX calendar_overrides_live_day ON calendar_overrides (day) WHERE removed_at IS NULL;

-- A year the package does not know counts as known once an admin confirms every day of the
-- notice is entered (one entry alone must not silence the warning).
CREATE TABLE calendar_years (
  year integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  confirmed_by uuid NOT NULL REFERENCES users (id),
  confirmed_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE notifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id),
  ticket_id uuid REFERENCES tickets (id),
  title text NOT NULL,
  body text NOT NULL,
  -- Set for notices the deadline job may try to raise more than once (e.g. 临期).
  dedupe_key text,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz,
  UNIQUE (user_id, dedupe_key)
);
CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC, id DESC);
CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL;


-- WeChat subscribe messages: one consent allows one message per template.
CREATE TABLE subscribe_quota (
  user_id uuid NOT NULL REFERENCES users (id),
  template_id text NOT NULL,
  remaining integer NOT NULL CHECK (remaining >= 0),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, template_id)
);

-- Transactional outbox: written with the state change, sent by the job queue after commit.
CREATE TABLE outbox_messages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id),
  template_id text NOT NULL,
  page text NOT NULL,
  data jsonb NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);
CREATE INDEX outbox_pending_idx ON outbox_messages (created_at) WHERE status = 'pending';

CREATE TABLE canned_replies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  union_id uuid NOT NULL REFERENCES unions (id),
  title text NOT NULL,
  body text NOT NULL,
  updated_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX canned_replies_union_idx ON canned_replies (union_id, updated_at DESC);
