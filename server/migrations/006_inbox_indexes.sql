-- The cadre inbox at a province's scale (≈ 1 M tickets, 20 % open). The inbox filters on
-- `current_union_id = ANY(<the subtree's unions>)`. For a small subtree (a township) the
-- planner reads the per-union indexes and sorts a few hundred rows. For a large one (a city,
-- the province) it walks one of the global orders below and stops after a page: the INCLUDE
-- columns carry everything the filters test but the text search, so the walk skips other
-- subtrees' tickets (and, with a light filter, tickets whose deadline does not match — these
-- are correlated with age, so there can be many) in the index alone, without heap visits;
-- the page's rows are fetched afterwards by id. Partial on the open statuses, the default
-- view, so it does not step over years of closed tickets. 托班 sign-ups (status null) are
-- never listed.
CREATE INDEX tickets_open_created_idx ON tickets (created_at DESC, id DESC)
  INCLUDE (current_union_id, status, kind, category, due_at, warn_at)
  WHERE status IN ('submitted', 'in_progress', 'awaiting_info');
CREATE INDEX tickets_listed_created_idx ON tickets (created_at DESC, id DESC)
  INCLUDE (current_union_id, status, kind, category, due_at, warn_at)
  WHERE status IS NOT NULL;
-- Sorting by due: tickets whose clock does not run (paused, answered, closed) come last.
CREATE INDEX tickets_open_due_sort_idx ON tickets ((coalesce(due_at, 'infinity'::timestamptz)), id)
  INCLUDE (current_union_id, status, kind, category, due_at, warn_at, created_at)
  WHERE status IN ('submitted', 'in_progress', 'awaiting_info');
CREATE INDEX tickets_listed_due_sort_idx ON tickets ((coalesce(due_at, 'infinity'::timestamptz)), id)
  INCLUDE (current_union_id, status, kind, category, due_at, warn_at, created_at)
  WHERE status IS NOT NULL;
-- Running deadlines per union: the red / yellow / due-today counts and light filters of a
-- subtree read each union's range instead of the province's overdue tickets, in the index.
CREATE INDEX tickets_open_union_due_idx ON tickets (current_union_id, due_at)
  INCLUDE (warn_at, status, kind, category, created_at, id)
  WHERE status IN ('submitted', 'in_progress', 'awaiting_info');
-- The inbox header's open counts read a subtree's rollup rows that still hold open tickets
-- (mostly the last weeks), from the index alone, instead of every day of its history.
CREATE INDEX ticket_stats_open_idx ON ticket_stats (union_id, kind)
  INCLUDE (st_submitted, st_in_progress, st_awaiting_info)
  WHERE st_submitted + st_in_progress + st_awaiting_info > 0;
-- The planner weighs every id of `current_union_id = ANY(…)` against this column's
-- most-common-values list, once per candidate index: with the default 100 entries, planning a
-- city's page cost more than running it (the province's 1,400 ids: ≈ 8 ms). Ten entries keep
-- the estimates that choose between the per-union and the global walks (tickets spread over
-- unions fairly evenly) and make planning 2–3× cheaper (test/bench/inbox.ts).
ALTER TABLE tickets ALTER COLUMN current_union_id SET STATISTICS 10;
