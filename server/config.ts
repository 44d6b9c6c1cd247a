// All environment is read and validated here, once. Nothing else touches process.env.
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { z } from 'zod'

const bool = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : v === 'true' || v === '1'))

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.string().url().optional().or(z.literal('').transform(() => undefined)),
  DATA_DIR: z.string().default('.data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54320),
  UPLOAD_DIR: z.string().optional(),
  H5_DIR: z.string().default('dist/h5'),
  WECHAT_APP_ID: z.string().optional(),
  WECHAT_APP_SECRET: z.string().optional(),
  WECHAT_API_BASE: z.string().url().default('https://api.weixin.qq.com'),
  FILE_URL_SECRET: z.string().min(32).optional(),
  FILE_URL_TTL_SECONDS: z.coerce.number().int().min(60).max(86400).default(3600),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  WECHAT_SUBSCRIBE_TEMPLATE_ID: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional(),
  AUTO_CONFIRM_DAYS: z.coerce.number().int().min(1).max(30).default(7),
  CATALOGUE_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(2000),
  RATE_LIMIT_BURST: z.coerce.number().int().min(1).max(1000).default(6),
  RATE_LIMIT_REFILL_MS: z.coerce.number().int().min(1).max(60_000).default(2000),
  PG_POOL_MAX: z.coerce.number().int().min(2).max(200).default(10),
  SEED_DEMO: bool,
  JOBS_ENABLED: bool,
  TRUST_PROXY: bool
})

export interface Config {
  env: 'development' | 'production' | 'test'
  host: string
  port: number
  logLevel: string
  /** External PostgreSQL; when absent the server runs an embedded one. */
  databaseUrl: string | undefined
  dataDir: string
  embeddedPgPort: number
  uploadDir: string
  h5Dir: string
  wechat: { appId: string; appSecret: string; apiBase: string } | undefined
  /** Demo login can never be on in production: it is derived, not configurable. */
  demoLogin: boolean
  fileUrlSecret: string
  fileUrlTtlSeconds: number
  sessionTtlDays: number
  /** The 进度通知 subscribe-message template (keywords: character_string1 工单编号, phrase2
   * 办理状态, time3 更新时间, thing4 温馨提示); unset = no WeChat messages. */
  wechatSubscribeTemplateId: string | undefined
  /** Days of silence after an answer before it counts as confirmed. */
  autoConfirmDays: number
  /** How long the 托班 catalogue (with seat counts) is served from memory; 0 = always read. */
  catalogueCacheMs: number
  /** Per-user limit on sign-ups and sign-up actions: a burst, then one more every refill. */
  rateLimit: { burst: number; refillMs: number }
  pgPoolMax: number
  seedDemo: boolean
  jobsEnabled: boolean
  trustProxy: boolean
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`)
  }
  const e = parsed.data
  const production = e.NODE_ENV === 'production'
  const hasWechat = Boolean(e.WECHAT_APP_ID && e.WECHAT_APP_SECRET)
  if (Boolean(e.WECHAT_APP_ID) !== Boolean(e.WECHAT_APP_SECRET)) {
    throw new ConfigError('WECHAT_APP_ID and WECHAT_APP_SECRET must be set together')
  }
  if (production && !hasWechat) {
    throw new ConfigError('NODE_ENV=production requires WECHAT_APP_ID and WECHAT_APP_SECRET (demo login is never available in production)')
  }
  if (production && !e.FILE_URL_SECRET) {
    throw new ConfigError('NODE_ENV=production requires FILE_URL_SECRET (≥ 32 chars, shared by all replicas)')
  }
  const dataDir = path.resolve(cwd, e.DATA_DIR)
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    uploadDir: path.resolve(cwd, e.UPLOAD_DIR ?? path.join(e.DATA_DIR, 'uploads')),
    h5Dir: path.resolve(cwd, e.H5_DIR),
    wechat: hasWechat ? { appId: e.WECHAT_APP_ID ?? '', appSecret: e.WECHAT_APP_SECRET ?? '', apiBase: e.WECHAT_API_BASE } : undefined,
    demoLogin: !hasWechat && !production,
    // Outside production a per-process secret is fine: signed URLs are short-lived anyway.
    fileUrlSecret: e.FILE_URL_SECRET ?? randomSecret(),
    fileUrlTtlSeconds: e.FILE_URL_TTL_SECONDS,
    sessionTtlDays: e.SESSION_TTL_DAYS,
    wechatSubscribeTemplateId: e.WECHAT_SUBSCRIBE_TEMPLATE_ID,
    autoConfirmDays: e.AUTO_CONFIRM_DAYS,
    catalogueCacheMs: e.CATALOGUE_CACHE_MS,
    rateLimit: { burst: e.RATE_LIMIT_BURST, refillMs: e.RATE_LIMIT_REFILL_MS },
    pgPoolMax: e.PG_POOL_MAX,
    seedDemo: e.SEED_DEMO ?? !e.DATABASE_URL,
    jobsEnabled: e.JOBS_ENABLED ?? true,
    trustProxy: e.TRUST_PROXY ?? false
  }
}

function randomSecret(): string {
  return randomBytes(32).toString('hex')
}
