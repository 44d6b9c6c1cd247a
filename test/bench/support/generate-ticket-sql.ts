// The INSERT … SELECT that writes one batch of benchmark tickets ($1..$2 of generate_series),
// entirely inside PostgreSQL. Every random draw is hashint8extended(i, salt) — a pure function
// of the ticket's ordinal — so a batch gives the same rows whatever order it runs in.
//
// Shape of the data (`now` = $3, the generation instant):
//  - submitted over the last 730 days, denser towards now (age = 730 d × u^1.4);
//  - 10 % 法律援助 at a county's station, the rest 职工说事: 78 % at townships (a few busy
//    ones, most quiet: index u^1.6), 14 % counties, 6.5 % cities, 1.5 % the province; a quarter
//    of the township ones were addressed to the county and 派单 down, a sixth of the county
//    ones likewise from the city;
//  - open (待签收 / 办理中 / 待补充材料) with a chance falling with age, ≈ 20 % overall; the
//    others refused, withdrawn, answered (recent only) or closed, rated or auto-confirmed;
//  - deadlines in working days with weekends off (holidays ignored): 签收 1, 答复 5 (urgent 1).
import type { GrievanceCategory } from '../../../types/enums'

/** Uniform [0, 1) draw number `salt` of ticket g.i. */
const draw = (seed: number, salt: number) => `((hashint8extended(g.i::bigint, ${seed * 100 + salt}) & 2147483647)::float8 / 2147483648)`

/** End (24:00 Shanghai) of the working day `n` working days after date `d` (isodow `dow`);
 * a weekend start counts from the Friday before. Weekends only: no holiday table here. */
const workdayDate = (d: string, dow: string, n: string) =>
  `(${d} - greatest(${dow} - 5, 0) + ${n} + 2 * ((least(${dow}, 5) - 1 + ${n}) / 5))`
const endOf = (date: string) => `((${date}) + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'`
/** warn_at: the end of the working day before the due day (the light turns yellow then). */
const warnOf = (dueDate: string) => `((${dueDate}) - CASE WHEN extract(isodow FROM ${dueDate}) = 1 THEN 2 ELSE 0 END)::timestamp AT TIME ZONE 'Asia/Shanghai'`
const hours = (h: string) => `(${h}) * interval '1 hour'`

/** Categories by falling frequency (30, 18, 16, 12, 9, 8, 7 %); titles come 3 per category in this order. */
export const CATEGORY_ORDER: readonly GrievanceCategory[] = ['wages', 'safety', 'insurance', 'rights', 'hardship', 'suggestion', 'other']

/** $1, $2: ordinals; $3: now; $4: titles (3 per category in CATEGORY_ORDER);
 * $5: employers; $6: description paragraphs; $7: legal-aid titles; $8: requester count. */
export function ticketBatchSql(seed: number): string {
  const u = (salt: number) => draw(seed, salt)
  return `
WITH arr AS MATERIALIZED (SELECT
    (SELECT array_agg(id ORDER BY path) FROM unions WHERE level = 'township') AS towns,
    (SELECT array_agg(parent_id ORDER BY path) FROM unions WHERE level = 'township') AS town_parents,
    (SELECT array_agg(id ORDER BY path) FROM unions WHERE level = 'county') AS counties,
    (SELECT array_agg(parent_id ORDER BY path) FROM unions WHERE level = 'county') AS county_parents,
    (SELECT array_agg(id ORDER BY path) FROM unions WHERE level = 'city') AS cities,
    (SELECT id FROM unions WHERE level = 'province') AS province)
INSERT INTO tickets (id, number, kind, status, requester_id, target_union_id, current_union_id, dispatched_from_union_id,
  category, title, description, employer, contact_phone, confidential, urgent, client_request_id,
  created_at, updated_at, ack_due_at, answer_due_at, due_at, warn_at, paused_at, acknowledged_at, answered_at, closed_at,
  auto_confirmed, rating_speed, rating_attitude, rating_result, rating_comment, unreasonable_reason, unreasonable_at,
  reopen_count, ack_working_days, answer_working_days)
SELECT md5('bench-ticket:${seed}:' || g.i)::uuid,
  CASE WHEN d.legal THEN 'FY' ELSE 'SS' END || to_char(e.created_at AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || '-' || lpad(g.i::text, 7, '0'),
  CASE WHEN d.legal THEN 'legal_aid' ELSE 'grievance' END, b.status,
  md5('bench-requester:${seed}:' || (1 + (hashint8extended(g.i::bigint, ${seed * 100 + 40}) & 2147483647) % $8))::uuid,
  b.target_union, b.current_union, b.dispatched_from,
  CASE WHEN NOT d.legal THEN f.category END,
  CASE WHEN d.legal THEN ($7::text[])[1 + floor(d.u_title * array_length($7::text[], 1))::int]
       ELSE ($4::text[])[1 + e.cat_idx * 3 + floor(d.u_title * 3)::int] END,
  CASE WHEN d.legal THEN ($7::text[])[1 + floor(d.u_title * array_length($7::text[], 1))::int]
       ELSE ($4::text[])[1 + e.cat_idx * 3 + floor(d.u_title * 3)::int] END
    || '。' || ($6::text[])[1 + floor(d.u_desc * array_length($6::text[], 1))::int],
  ($5::text[])[1 + floor(d.u_emp * array_length($5::text[], 1))::int],
  '13' || lpad(((hashint8extended(g.i::bigint, ${seed * 100 + 41}) & 2147483647) % 1000000000)::text, 9, '0'),
  d.confidential, e.urgent, 'bench-' || g.i,
  e.created_at,
  greatest(e.created_at, c.acknowledged_at, c.answered_at, c.closed_at, c.paused_at),
  ${endOf('a.ack_date')}, ${endOf('a.answer_date')},
  CASE b.status WHEN 'submitted' THEN ${endOf('a.ack_date')}
                WHEN 'in_progress' THEN CASE WHEN NOT (d.legal AND d.u_resp < 0.6) THEN ${endOf('a.answer_date')} END END,
  CASE b.status WHEN 'submitted' THEN ${warnOf('a.ack_date')}
                WHEN 'in_progress' THEN CASE WHEN NOT (d.legal AND d.u_resp < 0.6) THEN ${warnOf('a.answer_date')} END END,
  c.paused_at, c.acknowledged_at, c.answered_at, c.closed_at,
  c.auto,
  CASE WHEN c.rated THEN 5 - floor(power(d.u_r1, 3) * 5)::int END,
  CASE WHEN c.rated THEN 5 - floor(power(d.u_r2, 4) * 5)::int END,
  CASE WHEN c.rated THEN 5 - floor(power(d.u_r3, 2.5) * 5)::int END,
  CASE WHEN c.rated AND d.u_misc < 0.2 THEN '处理及时，感谢工会的帮助。' END,
  CASE WHEN c.unreasonable THEN '诉求超出工会职责范围，经核实属不合理诉求。' END,
  CASE WHEN c.unreasonable THEN coalesce(c.answered_at, c.closed_at) END,
  CASE WHEN b.status IN ('answered', 'closed') AND d.u_misc > 0.996 THEN 2
       WHEN b.status IN ('answered', 'closed') AND d.u_misc > 0.97 THEN 1 ELSE 0 END,
  CASE WHEN c.acknowledged_at IS NOT NULL THEN round((e.ack_h / 24 * 5 / 7)::numeric, 2) END,
  CASE WHEN c.answered_at IS NOT NULL THEN round(((e.ack_h + e.ans_h) / 24 * 5 / 7)::numeric, 2) END
FROM arr, generate_series($1::int, $2::int) AS g(i)
CROSS JOIN LATERAL (SELECT 730 * power(${u(1)}, 1.4) AS age, ${u(2)} < 0.10 AS legal, ${u(3)} AS u_level, ${u(4)} AS u_union,
    ${u(5)} AS u_status, ${u(6)} AS u_sub, ${u(7)} AS u_ack, ${u(8)} AS u_ans, ${u(9)} AS u_close, ${u(10)} AS u_auto,
    ${u(11)} AS u_r1, ${u(12)} AS u_r2, ${u(13)} AS u_r3, ${u(14)} AS u_misc, ${u(15)} AS u_cat, ${u(16)} AS u_title,
    ${u(17)} AS u_desc, ${u(18)} AS u_emp, ${u(19)} AS u_urgent, ${u(20)} < 0.03 AS confidential, ${u(21)} AS u_disp,
    ${u(22)} AS u_resp, ${u(23)} AS u_unr
  OFFSET 0) d
CROSS JOIN LATERAL (SELECT $3::timestamptz - d.age * interval '1 day' AS created_at, NOT d.legal AND d.u_urgent < 0.05 AS urgent,
    CASE WHEN d.u_cat < 0.30 THEN 0 WHEN d.u_cat < 0.48 THEN 1 WHEN d.u_cat < 0.64 THEN 2 WHEN d.u_cat < 0.76 THEN 3
         WHEN d.u_cat < 0.85 THEN 4 WHEN d.u_cat < 0.93 THEN 5 ELSE 6 END AS cat_idx,
    least(power(d.u_ack, 2) * 40, d.age * 24 * 0.3) AS ack_h,
    least(4 + power(d.u_ans, 1.5) * 140, d.age * 24 * 0.7 * 0.6) AS ans_h
  OFFSET 0) e
CROSS JOIN LATERAL (SELECT (e.created_at AT TIME ZONE 'Asia/Shanghai')::date AS day,
    extract(isodow FROM e.created_at AT TIME ZONE 'Asia/Shanghai')::int AS dow,
    (ARRAY[${CATEGORY_ORDER.map((c) => `'${c}'`).join(', ')}])[1 + e.cat_idx] AS category
  OFFSET 0) f
CROSS JOIN LATERAL (SELECT ${workdayDate('f.day', 'f.dow', '1')} AS ack_date,
    ${workdayDate('f.day', 'f.dow', 'CASE WHEN e.urgent THEN 1 ELSE 5 END')} AS answer_date
  OFFSET 0) a
CROSS JOIN LATERAL (SELECT s.*,
    CASE WHEN s.lvl = 'township' AND d.u_disp < 0.25 THEN arr.town_parents[s.town]
         WHEN s.lvl = 'county' AND NOT d.legal AND d.u_disp < 0.15 THEN arr.county_parents[s.county] END AS dispatched_from,
    CASE s.lvl WHEN 'township' THEN arr.towns[s.town] WHEN 'county' THEN arr.counties[s.county]
               WHEN 'city' THEN arr.cities[1 + floor(d.u_union * array_length(arr.cities, 1))::int] ELSE arr.province END AS current_union
  FROM (SELECT
      CASE WHEN d.legal THEN 'county' WHEN d.u_level < 0.78 THEN 'township' WHEN d.u_level < 0.92 THEN 'county'
           WHEN d.u_level < 0.985 THEN 'city' ELSE 'province' END AS lvl,
      1 + floor(power(d.u_union, 1.6) * array_length(arr.towns, 1))::int AS town,
      1 + floor(power(d.u_union, 1.3) * array_length(arr.counties, 1))::int AS county,
      CASE WHEN d.u_status < CASE WHEN d.age < 30 THEN 0.85 WHEN d.age < 90 THEN 0.45 WHEN d.age < 365 THEN 0.12 ELSE 0.02 END
           THEN CASE WHEN d.u_sub < CASE WHEN d.age < 30 THEN 0.30 ELSE 0.10 END THEN 'submitted'
                     WHEN d.u_sub < CASE WHEN d.age < 30 THEN 0.85 ELSE 0.55 END THEN 'in_progress'
                     ELSE 'awaiting_info' END
           ELSE CASE WHEN d.u_sub < 0.07 THEN 'refused' WHEN d.u_sub < 0.15 THEN 'withdrawn'
                     WHEN d.age < 10 AND d.u_sub < 0.45 THEN 'answered' ELSE 'closed' END END AS status
    ) s OFFSET 0) b0
CROSS JOIN LATERAL (SELECT b0.*, coalesce(b0.dispatched_from, b0.current_union) AS target_union OFFSET 0) b
CROSS JOIN LATERAL (SELECT
    CASE WHEN b.status IN ('in_progress', 'awaiting_info', 'answered', 'closed') OR (b.status = 'withdrawn' AND d.u_close < 0.5)
         THEN e.created_at + ${hours('e.ack_h')} END AS acknowledged_at,
    CASE WHEN b.status IN ('answered', 'closed') THEN e.created_at + ${hours('e.ack_h + e.ans_h')} END AS answered_at,
    CASE b.status
      WHEN 'closed' THEN CASE WHEN d.u_auto < 0.15 AND d.age * 24 - e.ack_h - e.ans_h > 7 * 24
                              THEN e.created_at + ${hours('e.ack_h + e.ans_h + 7 * 24')}
                              ELSE e.created_at + ${hours('e.ack_h + e.ans_h + least(power(d.u_close, 2) * 72, (d.age * 24 - e.ack_h - e.ans_h) * 0.8)')} END
      WHEN 'refused' THEN e.created_at + ${hours('least(2 + d.u_close * 30, d.age * 24 * 0.5)')}
      WHEN 'withdrawn' THEN e.created_at + ${hours('least(d.u_close * 200, d.age * 24 * 0.8)')} END AS closed_at,
    CASE WHEN b.status = 'awaiting_info' THEN e.created_at + ${hours('e.ack_h + least(d.u_close * 48, (d.age * 24 - e.ack_h) * 0.5)')} END AS paused_at,
    b.status = 'closed' AND d.u_auto < 0.15 AND d.age * 24 - e.ack_h - e.ans_h > 7 * 24 AS auto,
    b.status = 'closed' AND NOT (d.u_auto < 0.15 AND d.age * 24 - e.ack_h - e.ans_h > 7 * 24) AS rated,
    b.status IN ('answered', 'closed', 'refused') AND d.u_unr < 0.005 AS unreasonable
  OFFSET 0) c`
}
