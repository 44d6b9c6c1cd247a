-- The cadre workbench: 三率 and volumes per union subtree from a rollup the database keeps
-- current, the time a ticket took in working days, who may export phone numbers in full, and
-- an audit log of exports.

-- Working days from submission to 签收 (the latest) and to the first 答复, measured by the
-- server with the holiday calendar of that moment; the dashboard averages them.
ALTER TABLE tickets
  ADD COLUMN ack_working_days numeric(7, 2) CHECK (ack_working_days >= 0),
  ADD COLUMN answer_working_days numeric(7, 2) CHECK (answer_working_days >= 0);

-- One row per (union, Shanghai day of submission, kind, category) holding what the tickets of
-- that union's whole subtree contribute: a ticket counts at its handling union and at every
-- union above it, so "my subtree over a date range" reads at most a few rows per day instead
-- of scanning tickets. 托班 sign-ups are left out: their figures come from the classes, and a
-- sign-up burst must not queue on these rows.
CREATE TABLE ticket_stats (
  union_id uuid NOT NULL REFERENCES unions (id),
  day date NOT NULL,
  kind text NOT NULL,
  category text NOT NULL,
  total integer NOT NULL,
  st_submitted integer NOT NULL,
  st_in_progress integer NOT NULL,
  st_awaiting_info integer NOT NULL,
  st_answered integer NOT NULL,
  st_closed integer NOT NULL,
  st_refused integer NOT NULL,
  st_withdrawn integer NOT NULL,
  unreasonable integer NOT NULL,
  -- 响应率: responded (签收, or 不予受理 without one) / of them by the 签收 deadline.
  responded integer NOT NULL,
  responded_on_time integer NOT NULL,
  -- 解决率: answered at least once / confirmed solved (closed, incl. auto-confirmed).
  answered_once integer NOT NULL,
  solved integer NOT NULL,
  -- 满意率: rated / the three ratings averaging 4 stars or more.
  rated integer NOT NULL,
  satisfied integer NOT NULL,
  reopened_tickets integer NOT NULL,
  reopen_total integer NOT NULL,
  ack_wd_sum numeric(14, 2) NOT NULL,
  ack_wd_n integer NOT NULL,
  answer_wd_sum numeric(14, 2) NOT NULL,
  answer_wd_n integer NOT NULL,
  PRIMARY KEY (union_id, day, kind, category)
);

-- What one ticket contributes (times `sign`, +1 or -1), at its handling union. The three
-- rates leave out tickets marked 不合理诉求 (they still count in the volumes). The triggers and
-- the rebuild both use this, so they cannot disagree.
CREATE TYPE ticket_stats_delta AS (
  current_union_id uuid, day date, kind text, category text, total integer,
  st_submitted integer, st_in_progress integer, st_awaiting_info integer, st_answered integer,
  st_closed integer, st_refused integer, st_withdrawn integer, unreasonable integer,
  responded integer, responded_on_time integer, answered_once integer, solved integer,
  rated integer, satisfied integer, reopened_tickets integer, reopen_total integer,
  ack_wd_sum numeric, ack_wd_n integer, answer_wd_sum numeric, answer_wd_n integer
);

CREATE FUNCTION ticket_contrib(t tickets, sign integer) RETURNS SETOF ticket_stats_delta LANGUAGE sql STABLE AS $$
  SELECT t.current_union_id,
         (t.created_at AT TIME ZONE 'Asia/Shanghai')::date,
         t.kind,
         coalesce(t.category, ''),
         sign,
         sign * (t.status = 'submitted')::int,
         sign * (t.status = 'in_progress')::int,
         sign * (t.status = 'awaiting_info')::int,
         sign * (t.status = 'answered')::int,
         sign * (t.status = 'closed')::int,
         sign * (t.status = 'refused')::int,
         sign * (t.status = 'withdrawn')::int,
         sign * (t.unreasonable_at IS NOT NULL)::int,
         sign * (r.counted AND r.responded_at IS NOT NULL)::int,
         sign * (r.counted AND coalesce(r.responded_at <= t.ack_due_at, false))::int,
         sign * (r.counted AND (t.status IN ('answered', 'closed') OR t.reopen_count > 0))::int,
         sign * (r.counted AND t.status = 'closed')::int,
         sign * (r.counted AND t.rating_speed IS NOT NULL)::int,
         sign * (r.counted AND coalesce(t.rating_speed + t.rating_attitude + t.rating_result >= 12, false))::int,
         sign * (t.reopen_count > 0)::int,
         sign * t.reopen_count,
         sign * coalesce(t.ack_working_days, 0),
         sign * (t.ack_working_days IS NOT NULL)::int,
         sign * coalesce(t.answer_working_days, 0),
         sign * (t.answer_working_days IS NOT NULL)::int
  FROM (SELECT t.unreasonable_at IS NULL AS counted,
               coalesce(t.acknowledged_at, CASE WHEN t.status = 'refused' THEN t.closed_at END) AS responded_at) r
  WHERE t.kind <> 'childcare'
$$;

-- Folds contributions into the rollup at the handling union and every union above it. Static
-- SQL in PL/pgSQL, so its plan is cached per connection: a ticket action pays for running one
-- small upsert, not for planning it. Keys are written in order so concurrent writers lock rows
-- in the same order; a change that contributes nothing new (the +1 and -1 cancel) writes nothing.
CREATE FUNCTION ticket_stats_merge(deltas ticket_stats_delta[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(deltas) IS NULL OR cardinality(deltas) = 0 THEN
    RETURN;
  END IF;
  INSERT INTO ticket_stats AS s
  SELECT a.union_id, c.day, c.kind, c.category,
         sum(c.total), sum(c.st_submitted), sum(c.st_in_progress), sum(c.st_awaiting_info),
         sum(c.st_answered), sum(c.st_closed), sum(c.st_refused), sum(c.st_withdrawn),
         sum(c.unreasonable), sum(c.responded), sum(c.responded_on_time), sum(c.answered_once),
         sum(c.solved), sum(c.rated), sum(c.satisfied), sum(c.reopened_tickets), sum(c.reopen_total),
         sum(c.ack_wd_sum), sum(c.ack_wd_n), sum(c.answer_wd_sum), sum(c.answer_wd_n)
  FROM unnest(deltas) c
  JOIN unions u ON u.id = c.current_union_id
  CROSS JOIN LATERAL unnest(string_to_array(trim(both '/' from u.path), '/')::uuid[]) a(union_id)
  GROUP BY a.union_id, c.day, c.kind, c.category
  HAVING (sum(c.total) <> 0 OR sum(c.st_submitted) <> 0 OR sum(c.st_in_progress) <> 0
      OR sum(c.st_awaiting_info) <> 0 OR sum(c.st_answered) <> 0 OR sum(c.st_closed) <> 0
      OR sum(c.st_refused) <> 0 OR sum(c.st_withdrawn) <> 0 OR sum(c.unreasonable) <> 0
      OR sum(c.responded) <> 0 OR sum(c.responded_on_time) <> 0 OR sum(c.answered_once) <> 0
      OR sum(c.solved) <> 0 OR sum(c.rated) <> 0 OR sum(c.satisfied) <> 0
      OR sum(c.reopened_tickets) <> 0 OR sum(c.reopen_total) <> 0 OR sum(c.ack_wd_sum) <> 0
      OR sum(c.ack_wd_n) <> 0 OR sum(c.answer_wd_sum) <> 0 OR sum(c.answer_wd_n) <> 0)
  ORDER BY a.union_id, c.day, c.kind, c.category
  ON CONFLICT (union_id, day, kind, category) DO UPDATE SET
    total = s.total + excluded.total,
    st_submitted = s.st_submitted + excluded.st_submitted,
    st_in_progress = s.st_in_progress + excluded.st_in_progress,
    st_awaiting_info = s.st_awaiting_info + excluded.st_awaiting_info,
    st_answered = s.st_answered + excluded.st_answered,
    st_closed = s.st_closed + excluded.st_closed,
    st_refused = s.st_refused + excluded.st_refused,
    st_withdrawn = s.st_withdrawn + excluded.st_withdrawn,
    unreasonable = s.unreasonable + excluded.unreasonable,
    responded = s.responded + excluded.responded,
    responded_on_time = s.responded_on_time + excluded.responded_on_time,
    answered_once = s.answered_once + excluded.answered_once,
    solved = s.solved + excluded.solved,
    rated = s.rated + excluded.rated,
    satisfied = s.satisfied + excluded.satisfied,
    reopened_tickets = s.reopened_tickets + excluded.reopened_tickets,
    reopen_total = s.reopen_total + excluded.reopen_total,
    ack_wd_sum = s.ack_wd_sum + excluded.ack_wd_sum,
    ack_wd_n = s.ack_wd_n + excluded.ack_wd_n,
    answer_wd_sum = s.answer_wd_sum + excluded.answer_wd_sum,
    answer_wd_n = s.answer_wd_n + excluded.answer_wd_n;
END $$;

-- Statement-level, with transition tables: a bulk statement folds all its rows in one pass.
-- 托班 sign-ups contribute nothing and return at once.
CREATE FUNCTION ticket_stats_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM ticket_stats_merge(ARRAY(SELECT c FROM new_rows n CROSS JOIN LATERAL ticket_contrib(n, 1) c));
  RETURN NULL;
END $$;

CREATE FUNCTION ticket_stats_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM ticket_stats_merge(ARRAY(
    SELECT c FROM new_rows n CROSS JOIN LATERAL ticket_contrib(n, 1) c
    UNION ALL
    SELECT c FROM old_rows o CROSS JOIN LATERAL ticket_contrib(o, -1) c));
  RETURN NULL;
END $$;

CREATE FUNCTION ticket_stats_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM ticket_stats_merge(ARRAY(SELECT c FROM old_rows o CROSS JOIN LATERAL ticket_contrib(o, -1) c));
  RETURN NULL;
END $$;

CREATE TRIGGER ticket_stats_on_insert AFTER INSERT ON tickets
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ticket_stats_on_insert();
CREATE TRIGGER ticket_stats_on_update AFTER UPDATE ON tickets
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ticket_stats_on_update();
CREATE TRIGGER ticket_stats_on_delete AFTER DELETE ON tickets
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ticket_stats_on_delete();

-- Recomputes the rollup from the tickets (after a bulk load with the triggers off, or to
-- check it): the same contributions, summed from scratch a month of submissions at a time so
-- memory stays bounded at any size.
CREATE FUNCTION ticket_stats_rebuild() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  m timestamptz;
BEGIN
  LOCK TABLE tickets IN SHARE MODE;
  DELETE FROM ticket_stats;
  FOR m IN SELECT DISTINCT date_trunc('month', created_at) FROM tickets WHERE kind <> 'childcare' ORDER BY 1 LOOP
    PERFORM ticket_stats_merge(ARRAY(
      SELECT c FROM tickets t CROSS JOIN LATERAL ticket_contrib(t, 1) c
      WHERE t.created_at >= m AND t.created_at < m + interval '1 month'));
  END LOOP;
END $$;

SELECT ticket_stats_rebuild();

-- Who may export phone numbers unmasked: a cadre flagged at a union covers that union's
-- subtree. Everyone else gets 138****5678.
ALTER TABLE union_cadres ADD COLUMN full_export boolean NOT NULL DEFAULT false;

-- Exports (and, later, other access to personal data) leave a trace that cannot be edited.
CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  actor_id uuid NOT NULL REFERENCES users (id),
  action text NOT NULL,
  union_id uuid REFERENCES unions (id),
  detail jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, created_at DESC);
CREATE INDEX audit_log_created_idx ON audit_log (created_at DESC);
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION forbid_change();

-- The dashboard's 响应率 also counts tickets still waiting for 签收 past their deadline; this
-- picks them out without reading the rest of a province's tickets.
CREATE INDEX tickets_awaiting_ack_idx ON tickets (current_union_id, created_at) INCLUDE (ack_due_at)
  WHERE status = 'submitted' AND acknowledged_at IS NULL AND unreasonable_at IS NULL;
