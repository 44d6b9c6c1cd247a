// Fills a migrated database (with the union tree of generate-union-tree.ts in it) with
// requesters and `tickets` tickets, fast: secondary indexes dropped and the rollup trigger off
// during the load, batches of INSERT … SELECT … generate_series (generate-ticket-sql.ts), then
// the rollup rebuilt once, the indexes built back from their own definitions, VACUUM ANALYZE.
import { performance } from 'node:perf_hooks'
import type pg from 'pg'
import { CATEGORY_ORDER, ticketBatchSql } from './generate-ticket-sql'
import { insertLegalCases, insertSupervisions } from './generate-ticket-extras'

export interface GenerateOptions {
  tickets: number
  seed: number
  /** The generation instant: tickets are submitted over the two years before it. */
  now: Date
  requesters: number
  say(line: string): void
}

const BATCH = 100_000

const TITLES: Record<(typeof CATEGORY_ORDER)[number], [string, string, string]> = {
  wages: ['公司拖欠三个月工资至今未发', '加班费计算有误，少发了一半', '年终奖被无故扣除'],
  safety: ['车间粉尘大，防护口罩长期不发', '叉车没有年检仍在使用', '高温天气户外作业没有防暑措施'],
  insurance: ['入职半年公司未缴社保', '工伤认定材料单位不肯盖章', '医保断缴影响孩子看病'],
  rights: ['单位要求签自愿放弃社保的承诺书', '调岗降薪没有协商', '休产假回来被安排到外地'],
  hardship: ['家人重病，申请困难职工帮扶', '子女上学费用有困难', '房屋漏雨无力维修'],
  suggestion: ['建议食堂延长晚班供餐时间', '希望开通职工上下班班车', '建议增加夏季托班名额'],
  other: ['咨询工会会员卡如何办理', '想了解职工疗休养报名条件', '反映宿舍管理问题']
}
const LEGAL_TITLES = ['申请法律援助：欠薪', '申请法律援助：劳动合同纠纷', '申请法律援助：工伤赔偿', '申请法律援助：社会保险',
  '申请法律援助：违法解除劳动关系', '申请法律援助：加班与工时', '申请法律援助：其他劳动争议']
const EMPLOYERS = ['顺达快递有限公司', '恒远纺织有限公司', '华丰机械制造厂', '新城物业服务有限公司', '金桥建设工程有限公司',
  '绿源食品有限公司', '东方电子科技有限公司', '万家超市连锁', '远航物流有限公司', '安康医院', '星辰餐饮管理有限公司',
  '海天塑料制品厂', '宏达汽车配件有限公司', '明珠酒店', '天成网约车服务公司', '鑫源五金厂', '长青保洁服务公司', '']
const PARAGRAPHS = [
  '本人在该单位工作已有两年，多次向车间主任和人事部门反映，至今没有得到答复，希望工会帮忙协调解决。',
  '同班组还有十几位工友遇到同样的情况，大家不敢直接找老板，只好通过工会反映，请尽快处理。',
  '之前打过劳动监察电话，对方建议先找工会协调。相关的工资条、考勤记录和聊天截图都已保存，可以提供。',
  '情况比较急，家里老人孩子都等着这笔钱用，请工会尽快联系单位，给个明确的说法和时间。',
  '单位口头答应过处理，但一直拖着没有下文。希望工会出面，依法维护我们的合法权益，谢谢。',
  '具体时间地点和经过在附件照片中，如需补充材料请电话联系我，白天上班时可能接不到，晚上都可以。'
]

const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`

async function timed<T>(say: (l: string) => void, label: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now()
  const out = await fn()
  say(`${label} (${secs(performance.now() - t0)})`)
  return out
}

/** Drops the secondary (not constraint-backed) indexes of `table`; returns their definitions. */
async function dropSecondaryIndexes(db: pg.PoolClient, table: string): Promise<string[]> {
  const { rows } = await db.query<{ name: string; def: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
     FROM pg_index i WHERE i.indrelid = $1::regclass
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
     ORDER BY 1`,
    [table]
  )
  for (const r of rows) await db.query(`DROP INDEX ${r.name}`)
  return rows.map((r) => r.def)
}

export async function generateTickets(db: pg.PoolClient, o: GenerateOptions): Promise<void> {
  const { say } = o
  // A scratch database being filled: no need to wait for the disk on every commit.
  await db.query(`SET synchronous_commit = off`)
  await db.query(`SET maintenance_work_mem = '512MB'`)
  await db.query(`SET work_mem = '64MB'`)
  await timed(say, `${o.requesters.toLocaleString('en')} requesters`, () =>
    db.query(
      `INSERT INTO users (id, display_name, phone, created_at, updated_at)
       SELECT md5('bench-requester:' || $2 || ':' || k)::uuid, '职工' || k, '139' || lpad(k::text, 8, '0'),
              $3::timestamptz - interval '800 days', $3::timestamptz - interval '800 days'
       FROM generate_series(1, $1::int) AS k`,
      [o.requesters, o.seed, o.now]
    )
  )
  const indexes = await dropSecondaryIndexes(db, 'tickets')
  // The rollup is rebuilt once at the end instead of folding every batch into it.
  await db.query('ALTER TABLE tickets DISABLE TRIGGER USER')
  const sql = ticketBatchSql(o.seed)
  const titles = CATEGORY_ORDER.flatMap((c) => TITLES[c])
  const t0 = performance.now()
  for (let lo = 1; lo <= o.tickets; lo += BATCH) {
    const hi = Math.min(o.tickets, lo + BATCH - 1)
    await db.query(sql, [lo, hi, o.now, titles, EMPLOYERS, PARAGRAPHS, LEGAL_TITLES, o.requesters])
    const ms = performance.now() - t0
    say(`tickets ${hi.toLocaleString('en')}/${o.tickets.toLocaleString('en')} (${secs(ms)}, ${Math.round((hi / ms) * 1000).toLocaleString('en')}/s)`)
  }
  await db.query(`SELECT setval('ticket_number_seq', $1)`, [o.tickets])
  const cases = await timed(say, 'legal cases', () => insertLegalCases(db))
  const supervisions = await timed(say, 'supervisions', () => insertSupervisions(db, o.now))
  say(`${cases.toLocaleString('en')} legal cases, ${supervisions.toLocaleString('en')} supervisions`)
  await timed(say, 'ticket_stats rebuilt', () => db.query('SELECT ticket_stats_rebuild()'))
  await db.query('ALTER TABLE tickets ENABLE TRIGGER USER')
  await timed(say, `${indexes.length} ticket indexes built`, async () => {
    for (const def of indexes) await db.query(def)
  })
  await timed(say, 'VACUUM ANALYZE', () => db.query('VACUUM ANALYZE'))
}
