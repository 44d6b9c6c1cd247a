// A scratch database filled by the generators, for one benchmark run. Generating a million
// tickets takes minutes, so on the embedded cluster (.data/bench-db) the generated database is
// kept (nj_keep_<label>_<tickets>_<fingerprint>) and each run works on a file copy of it: the
// kept one is never written after it is finished. Its database comment is the marker: it is
// set last, so a generation that was interrupted is never reused. The fingerprint covers the
// migrations and the generator sources, so any change to either regenerates. With
// DATABASE_URL the data are generated into the scratch database itself and dropped after.
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import pg from 'pg'
import { migrate, MIGRATIONS_DIR } from '../../../server/db/migrate'
import { admin, withDatabase } from '../../support/pg-admin'
import { dropDatabases, scratchTarget, type BenchDatabase } from './database'
import { generateTickets } from './generate-tickets'
import { generateUnionTree } from './generate-union-tree'

export interface GeneratedSpec {
  tickets: number
  seed: number
  requesters: number
  say(line: string): void
}

export interface GeneratedDatabase extends BenchDatabase {
  reused: boolean
  generatedAt: Date
  /** How long generating took (then, if reused). */
  generationMs: number
}

interface Marker {
  fingerprint: string
  generatedAt: string
  generationMs: number
}

const GENERATORS = ['seeded-random.ts', 'generate-union-tree.ts', 'generate-ticket-sql.ts', 'generate-ticket-extras.ts', 'generate-tickets.ts']
/** Older data drift (open tickets' deadlines all pass): regenerate after this. */
const MAX_AGE_DAYS = 30

async function fingerprint(spec: GeneratedSpec): Promise<string> {
  const h = createHash('sha256').update(JSON.stringify([spec.tickets, spec.seed, spec.requesters]))
  for (const f of (await readdir(MIGRATIONS_DIR)).filter((f) => f.endsWith('.sql')).sort()) {
    h.update(f).update(await readFile(path.join(MIGRATIONS_DIR, f)))
  }
  for (const f of GENERATORS) h.update(f).update(await readFile(path.join(__dirname, f)))
  return h.digest('hex').slice(0, 12)
}

async function generateInto(url: string, spec: GeneratedSpec): Promise<{ now: Date; ms: number }> {
  const t0 = performance.now()
  await migrate(url)
  const now = new Date()
  const pool = new pg.Pool({ connectionString: url, max: 1 })
  const client = await pool.connect()
  try {
    const tree = await generateUnionTree(client, spec.seed)
    spec.say(`union tree: 1 province, ${tree.cities} cities, ${tree.counties} counties, ${tree.townships} townships, ${tree.stations} legal-aid stations`)
    await generateTickets(client, { tickets: spec.tickets, seed: spec.seed, requesters: spec.requesters, now, say: spec.say })
  } finally {
    client.release()
    await pool.end()
  }
  return { now, ms: performance.now() - t0 }
}

async function readMarker(adminUrl: string, name: string): Promise<Marker | null> {
  const { rows } = await admin(adminUrl, (c) =>
    c.query<{ comment: string | null }>(`SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`, [name])
  )
  try {
    return rows[0]?.comment ? (JSON.parse(rows[0].comment) as Marker) : null
  } catch {
    return null
  }
}

/** The kept generated database on the embedded cluster, generated first if missing or stale. */
async function keptDatabase(adminUrl: string, label: string, spec: GeneratedSpec): Promise<{ name: string; marker: Marker; reused: boolean }> {
  const fp = await fingerprint(spec)
  const name = `nj_keep_${label}_${spec.tickets}_${fp}`
  const marker = await readMarker(adminUrl, name)
  const fresh = marker && marker.fingerprint === fp && Date.now() - Date.parse(marker.generatedAt) < MAX_AGE_DAYS * 86_400_000
  if (fresh && process.env.BENCH_REGENERATE !== '1') return { name, marker, reused: true }
  // Other sizes and versions of this benchmark's data go too: they are never used again.
  await dropDatabases(adminUrl, `nj\\_keep\\_${label}\\_%`)
  await admin(adminUrl, (c) => c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`))
  const { now, ms } = await generateInto(withDatabase(adminUrl, name), spec)
  const made: Marker = { fingerprint: fp, generatedAt: now.toISOString(), generationMs: Math.round(ms) }
  await admin(adminUrl, (c) => c.query(`COMMENT ON DATABASE ${c.escapeIdentifier(name)} IS ${c.escapeLiteral(JSON.stringify(made))}`))
  return { name, marker: made, reused: false }
}

export async function openGeneratedDatabase(label: string, spec: GeneratedSpec): Promise<GeneratedDatabase> {
  const target = await scratchTarget(label)
  const { adminUrl, name, url, close } = target
  try {
    if (target.kind === 'embedded') {
      // Scratch copies left by an interrupted run of any benchmark in this cluster.
      await dropDatabases(adminUrl, 'nj\\_bench\\_%')
      const kept = await keptDatabase(adminUrl, label, spec)
      const t0 = performance.now()
      await admin(adminUrl, (c) => c.query(`CREATE DATABASE ${c.escapeIdentifier(name)} TEMPLATE ${c.escapeIdentifier(kept.name)} STRATEGY FILE_COPY`))
      target.created()
      spec.say(`${kept.reused ? 'reusing' : 'kept'} ${kept.name} (generated ${kept.marker.generatedAt.slice(0, 10)} in ${(kept.marker.generationMs / 1000).toFixed(0)} s); copied in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
      return { url, kind: 'embedded', close, reused: kept.reused, generatedAt: new Date(kept.marker.generatedAt), generationMs: kept.marker.generationMs }
    }
    await admin(adminUrl, (c) => c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`))
    target.created()
    const { now, ms } = await generateInto(url, spec)
    return { url, kind: 'external', close, reused: false, generatedAt: now, generationMs: ms }
  } catch (err) {
    await close()
    throw err
  }
}
