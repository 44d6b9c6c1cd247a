-- 法律援助: stations with lawyers on a weekly duty roster, cases (one per legal-aid ticket)
-- moving through their stages, and appointments in duty slots that cannot be double-booked.

-- Lawyers act on tickets; evidence may be PDF.
ALTER TABLE ticket_events DROP CONSTRAINT ticket_events_actor_role_check;
ALTER TABLE ticket_events ADD CONSTRAINT ticket_events_actor_role_check
  CHECK (actor_role IN ('requester', 'handler', 'supervisor', 'system', 'lawyer', 'station_lawyer'));
ALTER TABLE attachments DROP CONSTRAINT attachments_mime_check;
ALTER TABLE attachments ADD CONSTRAINT attachments_mime_check
  CHECK (mime IN ('image/jpeg', 'image/png', 'image/webp', 'application/pdf'));

-- One station per union at most; coordinates let the app suggest the nearest.
CREATE TABLE legal_stations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  union_id uuid NOT NULL UNIQUE REFERENCES unions (id),
  name text NOT NULL CHECK (length(name) BETWEEN 2 AND 50),
  address text NOT NULL DEFAULT '',
  phone text NOT NULL DEFAULT '',
  lat double precision CHECK (lat BETWEEN -90 AND 90),
  lng double precision CHECK (lng BETWEEN -180 AND 180),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((lat IS NULL) = (lng IS NULL))
);

CREATE TABLE station_lawyers (
  station_id uuid NOT NULL REFERENCES legal_stations (id),
  user_id uuid NOT NULL REFERENCES users (id),
  active boolean NOT NULL DEFAULT true,
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (station_id, user_id)
);
CREATE INDEX station_lawyers_user_idx ON station_lawyers (user_id);

-- 值班表: weekly slots. Removed slots stay (removed_at) so past appointments keep their slot.
CREATE TABLE duty_slots (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  station_id uuid NOT NULL REFERENCES legal_stations (id),
  weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  start_time time NOT NULL,
  end_time time NOT NULL,
  lawyer_id uuid NOT NULL,
  mode text NOT NULL CHECK (mode IN ('in_person', 'phone')),
  place text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  removed_at timestamptz,
  CHECK (end_time > start_time),
  FOREIGN KEY (station_id, lawyer_id) REFERENCES station_lawyers (station_id, user_id)
);
CREATE INDEX duty_slots_station_idx ON duty_slots (station_id) WHERE removed_at IS NULL;

-- The legal side of a 法律援助 ticket. Money in fen. The closing figures exist exactly when the
-- case is closed, so an amount recovered can only be recorded at 结案.
CREATE TABLE legal_cases (
  ticket_id uuid PRIMARY KEY REFERENCES tickets (id),
  station_id uuid NOT NULL REFERENCES legal_stations (id),
  case_type text NOT NULL CHECK (case_type IN ('wage_arrears', 'contract', 'work_injury', 'social_insurance', 'dismissal', 'overtime', 'other')),
  help_wanted text NOT NULL CHECK (help_wanted IN ('consultation', 'mediation', 'arbitration', 'litigation')),
  amount_in_dispute_fen bigint CHECK (amount_in_dispute_fen >= 0),
  since_month date NOT NULL CHECK (extract(day FROM since_month) = 1),
  hardship boolean NOT NULL DEFAULT false,
  hardship_note text NOT NULL DEFAULT '',
  -- Separate, explicit consent for sensitive personal information (PIPL art. 29).
  consent_version text NOT NULL,
  consent_at timestamptz NOT NULL,
  lawyer_id uuid,
  stage text NOT NULL DEFAULT 'consultation' CHECK (stage IN ('consultation', 'mediation', 'arbitration', 'litigation', 'closed')),
  stage_changed_at timestamptz NOT NULL DEFAULT now(),
  outcome text CHECK (outcome IN ('advice', 'mediated', 'award', 'judgment', 'withdrawn', 'referred')),
  amount_recovered_fen bigint CHECK (amount_recovered_fen >= 0),
  -- The lawyer's first word to the worker: the legal-aid answer clock stops here.
  first_response_at timestamptz,
  closed_at timestamptz,
  FOREIGN KEY (station_id, lawyer_id) REFERENCES station_lawyers (station_id, user_id),
  CONSTRAINT legal_cases_closing_figures CHECK (
    (stage = 'closed') = (outcome IS NOT NULL)
    AND (stage = 'closed') = (amount_recovered_fen IS NOT NULL)
    AND (stage = 'closed') = (closed_at IS NOT NULL)),
  CONSTRAINT legal_cases_worked_by_a_lawyer CHECK (stage = 'consultation' OR lawyer_id IS NOT NULL)
);
CREATE INDEX legal_cases_station_idx ON legal_cases (station_id, stage);
CREATE INDEX legal_cases_lawyer_idx ON legal_cases (lawyer_id, stage);

CREATE TABLE legal_appointments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  ticket_id uuid NOT NULL REFERENCES legal_cases (ticket_id),
  slot_id uuid NOT NULL REFERENCES duty_slots (id),
  day date NOT NULL,
  state text NOT NULL DEFAULT 'booked' CHECK (state IN ('booked', 'cancelled')),
  booked_by uuid NOT NULL REFERENCES users (id),
  client_request_id text NOT NULL,
  cancelled_by uuid REFERENCES users (id),
  cancelled_by_role text CHECK (cancelled_by_role IN ('requester', 'handler', 'lawyer', 'station_lawyer')),
  cancel_reason text NOT NULL DEFAULT '',
  cancelled_at timestamptz,
  reminded_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (booked_by, client_request_id),
  CHECK ((state = 'cancelled') = (cancelled_at IS NOT NULL))
);
-- One slot on one day holds one appointment: a second booking is refused by the database.
CREATE UNIQUE INDEX legal_appointments_one_per_slot ON legal_appointments (slot_id, day) WHERE state = 'booked';
CREATE INDEX legal_appointments_ticket_idx ON legal_appointments (ticket_id, day);
CREATE INDEX legal_appointments_reminder_idx ON legal_appointments (day) WHERE state = 'booked' AND reminded_at IS NULL;

-- An appointment falls on its slot's weekday.
CREATE FUNCTION legal_appointment_weekday() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM duty_slots s WHERE s.id = NEW.slot_id AND s.weekday = extract(isodow FROM NEW.day)) THEN
    RAISE EXCEPTION 'appointment day % is not on the slot''s weekday', NEW.day USING ERRCODE = 'check_violation',
      CONSTRAINT = 'legal_appointments_slot_weekday';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER legal_appointments_slot_weekday BEFORE INSERT ON legal_appointments
  FOR EACH ROW EXECUTE FUNCTION legal_appointment_weekday();
