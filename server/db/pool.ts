import pg from 'pg'

export type Db = pg.Pool
export type Tx = pg.PoolClient
/** Anything that can run a query: the pool or a client inside a transaction. */
export type Queryable = Pick<pg.Pool, 'query'>

// timestamptz → ISO string is done in SQL views; keep bigint (int8) counts as numbers.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10))

export function createPool(connectionString: string, max = 10): Db {
  const pool = new pg.Pool({ connectionString, max, idleTimeoutMillis: 30_000 })
  // An idle client losing its connection must not crash the process.
  pool.on('error', () => undefined)
  return pool
}

/** Run `fn` in one transaction; rolls back on any error. */
export async function withTx<T>(pool: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    const result = await fn(client)
    await client.query('COMMIT')
    return result
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw err
  } finally {
    client.release()
  }
}
