-- 爱心托班: classes with 班期 (periods) and seats, children's profiles with their guardian's
-- consent, and sign-ups (enrolments). Seats, duplicates, overlaps and age/grade ranges are
-- enforced here, in the database, so no interleaving of requests can break them.

-- btree_gist lets one exclusion constraint say "same child AND overlapping dates".
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- A 托班 sign-up is a ticket the parent tracks in 我的, but it does not run the 12345 workflow:
-- its state lives on the enrolment, so the ticket has no status (and no grievance category).
ALTER TABLE tickets ALTER COLUMN status DROP NOT NULL;
ALTER TABLE tickets ALTER COLUMN category DROP NOT NULL;
ALTER TABLE tickets ADD CONSTRAINT tickets_status_by_kind CHECK ((kind = 'childcare') = (status IS NULL));

CREATE TABLE children (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  guardian_id uuid NOT NULL REFERENCES users (id),
  name text NOT NULL,
  gender text NOT NULL CHECK (gender IN ('male', 'female')),
  birth_date date NOT NULL,
  grade smallint NOT NULL CHECK (grade BETWEEN 0 AND 9),
  -- The day the grade was entered; grades roll over every 1 September after it.
  grade_as_of date NOT NULL,
  school text NOT NULL DEFAULT '',
  health_notes text NOT NULL DEFAULT '',
  emergency_name text NOT NULL,
  emergency_phone text NOT NULL,
  consent_version text NOT NULL,
  consent_at timestamptz NOT NULL,
  health_consent_version text,
  health_consent_at timestamptz,
  -- Set when the guardian deleted a child that has past sign-ups: the details are wiped, the
  -- row stays so old rosters keep their shape.
  erased_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT children_health_needs_consent CHECK (health_notes = '' OR health_consent_version IS NOT NULL),
  CHECK ((health_consent_version IS NULL) = (health_consent_at IS NULL))
);
CREATE INDEX children_guardian_idx ON children (guardian_id) WHERE erased_at IS NULL;

CREATE TABLE childcare_classes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  union_id uuid NOT NULL REFERENCES unions (id),
  title text NOT NULL,
  season text NOT NULL,
  address text NOT NULL,
  latitude double precision,
  longitude double precision,
  description text NOT NULL,
  age_min smallint,
  age_max smallint,
  grade_min smallint,
  grade_max smallint,
  fee integer NOT NULL DEFAULT 0 CHECK (fee >= 0),
  bring text NOT NULL DEFAULT '',
  priority_groups text[] NOT NULL DEFAULT '{}',
  allocation_mode text NOT NULL CHECK (allocation_mode IN ('first_come', 'lottery')),
  opens_at timestamptz NOT NULL,
  closes_at timestamptz NOT NULL,
  draw_at timestamptz,
  -- The lottery's random seed, recorded so anyone can recompute the drawn order.
  draw_seed text,
  drawn_at timestamptz,
  review_required boolean NOT NULL DEFAULT false,
  one_period_per_child boolean NOT NULL DEFAULT true,
  claim_hours integer NOT NULL DEFAULT 24 CHECK (claim_hours BETWEEN 1 AND 168),
  cancel_cutoff_hours integer NOT NULL DEFAULT 24 CHECK (cancel_cutoff_hours BETWEEN 0 AND 168),
  attendance_threshold integer NOT NULL DEFAULT 70 CHECK (attendance_threshold BETWEEN 0 AND 100),
  waitlist_limit integer NOT NULL DEFAULT 20 CHECK (waitlist_limit BETWEEN 0 AND 500),
  published_at timestamptz,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((age_min IS NULL) = (age_max IS NULL) AND (grade_min IS NULL) = (grade_max IS NULL)),
  CHECK (age_min IS NOT NULL OR grade_min IS NOT NULL),
  CHECK (age_max >= age_min AND grade_max >= grade_min),
  CHECK (closes_at > opens_at),
  CHECK (allocation_mode = 'first_come' OR draw_at >= closes_at)
);
CREATE INDEX childcare_classes_union_idx ON childcare_classes (union_id, created_at DESC);
CREATE INDEX childcare_classes_draw_idx ON childcare_classes (draw_at)
  WHERE allocation_mode = 'lottery' AND drawn_at IS NULL AND published_at IS NOT NULL;

CREATE TABLE childcare_periods (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  class_id uuid NOT NULL REFERENCES childcare_classes (id),
  position smallint NOT NULL,
  name text NOT NULL,
  start_date date NOT NULL,
  end_date date NOT NULL,
  daily_start time NOT NULL,
  daily_end time NOT NULL,
  capacity integer NOT NULL CHECK (capacity > 0),
  -- Maintained counters, changed in the same statement or transaction as the sign-ups they
  -- count: seats in use (待审核, 报名成功, 候补转正待确认) and children waiting. The CHECKs
  -- are the last line against overselling.
  taken integer NOT NULL DEFAULT 0,
  waiting integer NOT NULL DEFAULT 0,
  waitlist_limit integer NOT NULL,
  -- The last place in line handed out; places are never reused, so order is arrival order.
  waitlist_seq integer NOT NULL DEFAULT 0,
  UNIQUE (class_id, position),
  CHECK (end_date >= start_date),
  CHECK (daily_end > daily_start),
  CONSTRAINT childcare_periods_no_oversell CHECK (taken BETWEEN 0 AND capacity),
  CONSTRAINT childcare_periods_waitlist_cap CHECK (waiting BETWEEN 0 AND waitlist_limit)
);
CREATE INDEX childcare_periods_class_idx ON childcare_periods (class_id, position);

CREATE TABLE enrolments (
  -- One-to-one with the ticket the parent sees in 我的.
  id uuid PRIMARY KEY REFERENCES tickets (id),
  period_id uuid NOT NULL REFERENCES childcare_periods (id),
  class_id uuid NOT NULL REFERENCES childcare_classes (id),
  child_id uuid NOT NULL REFERENCES children (id),
  guardian_id uuid NOT NULL REFERENCES users (id),
  state text NOT NULL CHECK (state IN ('applied', 'pending_review', 'held', 'waitlisted', 'offered',
                                       'cancelled', 'lapsed', 'rejected', 'not_drawn')),
  -- The class id when a child may take one period per class, else the period id; one live
  -- sign-up per (child, limit_key).
  limit_key uuid NOT NULL,
  -- The period's dates, copied so the overlap rule is one exclusion constraint.
  dates daterange NOT NULL,
  priority_groups text[] NOT NULL DEFAULT '{}',
  contact_phone text NOT NULL,
  note text NOT NULL DEFAULT '',
  waitlist_seq integer,
  claim_by timestamptz,
  reject_reason text,
  draw_rank integer,
  draw_priority boolean,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (state <> 'waitlisted' OR waitlist_seq IS NOT NULL),
  CHECK (state <> 'offered' OR claim_by IS NOT NULL)
);
CREATE UNIQUE INDEX enrolments_one_per_period ON enrolments (child_id, period_id)
  WHERE state IN ('applied', 'pending_review', 'held', 'waitlisted', 'offered');
CREATE UNIQUE INDEX enrolments_one_per_class ON enrolments (child_id, limit_key)
  WHERE state IN ('applied', 'pending_review', 'held', 'waitlisted', 'offered');
ALTER TABLE enrolments ADD CONSTRAINT enrolments_no_overlap
  EXCLUDE USING gist (child_id WITH =, dates WITH &&)
  WHERE (state IN ('applied', 'pending_review', 'held', 'waitlisted', 'offered'));
CREATE INDEX enrolments_period_idx ON enrolments (period_id, state);
CREATE INDEX enrolments_waitlist_idx ON enrolments (period_id, waitlist_seq) WHERE state = 'waitlisted';
CREATE INDEX enrolments_offer_idx ON enrolments (claim_by) WHERE state = 'offered';
CREATE INDEX enrolments_child_idx ON enrolments (child_id);

-- Whole years of age, and the school grade, of a child on a given day; a grade rolls over on
-- 1 September. The one definition both the sign-up check and the trigger below use.
CREATE FUNCTION childcare_school_year(d date) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
  SELECT extract(year FROM d)::integer - CASE WHEN extract(month FROM d) < 9 THEN 1 ELSE 0 END
$$;

-- Why a child may not take a period by age or grade ('age_out_of_range' / 'grade_out_of_range'),
-- checked at the period's start date; NULL when the child fits.
CREATE FUNCTION childcare_range_refusal(p_child uuid, p_period uuid) RETURNS text LANGUAGE plpgsql STABLE AS $$
BEGIN
  -- plpgsql, not sql: its query plan is cached per session instead of re-planned on every call.
  RETURN (SELECT CASE
    WHEN c.age_min IS NOT NULL
      AND extract(year FROM age(p.start_date, ch.birth_date))::integer NOT BETWEEN c.age_min AND c.age_max
      THEN 'age_out_of_range'
    WHEN c.grade_min IS NOT NULL
      AND ch.grade + childcare_school_year(p.start_date) - childcare_school_year(ch.grade_as_of) NOT BETWEEN c.grade_min AND c.grade_max
      THEN 'grade_out_of_range'
  END
  FROM childcare_periods p JOIN childcare_classes c ON c.id = p.class_id, children ch
  WHERE p.id = p_period AND ch.id = p_child);
END $$;

CREATE FUNCTION enrolments_check_range() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  refusal text := childcare_range_refusal(NEW.child_id, NEW.period_id);
BEGIN
  IF refusal IS NOT NULL THEN
    RAISE EXCEPTION 'child does not fit the period: %', refusal
      USING ERRCODE = 'check_violation', CONSTRAINT = 'enrolments_' || refusal;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER enrolments_range BEFORE INSERT ON enrolments
  FOR EACH ROW EXECUTE FUNCTION enrolments_check_range();

-- The history of a sign-up. Append-only, like ticket_events.
CREATE TABLE enrolment_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  enrolment_id uuid NOT NULL REFERENCES enrolments (id),
  action text NOT NULL,
  actor_id uuid REFERENCES users (id),
  actor_role text NOT NULL CHECK (actor_role IN ('requester', 'handler', 'system')),
  from_state text,
  to_state text NOT NULL,
  body text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((actor_id IS NULL) = (actor_role = 'system'))
);
CREATE INDEX enrolment_events_enrolment_idx ON enrolment_events (enrolment_id, id);
CREATE TRIGGER enrolment_events_append_only BEFORE UPDATE OR DELETE ON enrolment_events
  FOR EACH ROW EXECUTE FUNCTION forbid_change();

CREATE TABLE childcare_attendance (
  enrolment_id uuid NOT NULL REFERENCES enrolments (id),
  day date NOT NULL,
  present boolean NOT NULL,
  marked_by uuid NOT NULL REFERENCES users (id),
  marked_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (enrolment_id, day)
);

-- Lets a one-statement sign-up abort itself (and undo its ticket) when no seat and no
-- waitlist place was left, reporting why the way a constraint would.
CREATE FUNCTION childcare_refuse(reason text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'sign-up refused: %', reason USING ERRCODE = 'check_violation', CONSTRAINT = 'enrolments_' || reason;
END $$;
