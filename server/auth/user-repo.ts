import type { CurrentUser, DemoAccount } from '../../types/api'
import type { Queryable } from '../db/pool'

/** Holiday overrides are entered by cadres of a province or city union: the official notice
 * is national, and a township should not redefine the calendar for everyone. */
export const CALENDAR_ADMIN_LEVELS: readonly string[] = ['province', 'city']

export async function isCalendarAdmin(db: Queryable, userId: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `SELECT 1 FROM union_cadres uc JOIN unions un ON un.id = uc.union_id
     WHERE uc.user_id = $1 AND un.level = ANY($2::text[]) LIMIT 1`,
    [userId, CALENDAR_ADMIN_LEVELS]
  )
  return (rowCount ?? 0) > 0
}

export async function loadCurrentUser(db: Queryable, userId: string): Promise<CurrentUser | undefined> {
  const { rows } = await db.query<{ id: string; display_name: string; is_lawyer: boolean; employer_union_id: string | null; employer_union_name: string | null }>(
    `SELECT u.id, u.display_name, u.is_lawyer, u.employer_union_id, eu.name AS employer_union_name
     FROM users u LEFT JOIN unions eu ON eu.id = u.employer_union_id WHERE u.id = $1`,
    [userId]
  )
  const u = rows[0]
  if (!u) return undefined
  const cadre = await db.query<{ id: string; name: string; level: string }>(
    `SELECT un.id, un.name, un.level FROM union_cadres uc JOIN unions un ON un.id = uc.union_id
     WHERE uc.user_id = $1 ORDER BY length(un.path), un.name`,
    [userId]
  )
  return {
    id: u.id,
    displayName: u.display_name,
    cadreOf: cadre.rows.map((r) => ({ id: r.id, name: r.name })),
    isLawyer: u.is_lawyer,
    employerUnion: u.employer_union_id ? { id: u.employer_union_id, name: u.employer_union_name ?? '' } : null,
    isCalendarAdmin: cadre.rows.some((r) => CALENDAR_ADMIN_LEVELS.includes(r.level))
  }
}

export async function upsertWechatUser(db: Queryable, openid: string, sessionKey: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO users (openid, wechat_session_key, display_name) VALUES ($1, $2, '微信用户')
     ON CONFLICT (openid) DO UPDATE SET wechat_session_key = EXCLUDED.wechat_session_key, updated_at = now()
     RETURNING id`,
    [openid, sessionKey]
  )
  return rows[0]!.id
}

export async function findDemoUser(db: Queryable, account: string): Promise<string | undefined> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM users WHERE demo_account = $1', [account])
  return rows[0]?.id
}

export async function listDemoAccounts(db: Queryable): Promise<DemoAccount[]> {
  const { rows } = await db.query<{ demo_account: string; display_name: string; description: string }>(
    `SELECT u.demo_account, u.display_name,
            coalesce(string_agg(un.name || ' ' || uc.title, '、' ORDER BY length(un.path)),
                     CASE WHEN u.is_lawyer THEN '值班律师' ELSE '职工' END) AS description
     FROM users u
     LEFT JOIN union_cadres uc ON uc.user_id = u.id
     LEFT JOIN unions un ON un.id = uc.union_id
     WHERE u.demo_account IS NOT NULL
     GROUP BY u.id ORDER BY max(length(un.path)) DESC NULLS FIRST, u.is_lawyer, u.demo_account`
  )
  return rows.map((r) => ({ account: r.demo_account, displayName: r.display_name, description: r.description }))
}
