import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pglitePoolConfig, type RawProtocol } from './pglite-stream.ts'

describe('node-postgres over a PGlite protocol stream', () => {
  let pglite: PGlite
  let calls = 0
  const counted: RawProtocol = {
    execProtocolRaw: (message) => {
      calls++
      return pglite.execProtocolRaw(message)
    },
  }
  const pool = () => new pg.Pool(pglitePoolConfig(counted))

  beforeAll(async () => {
    pglite = await PGlite.create()
  })
  afterAll(async () => {
    await pglite.close()
  })

  it('runs a query with parameters, its messages entering PGlite in one call', async () => {
    const p = pool()
    await p.query('SELECT 1')
    const before = calls
    const { rows } = await p.query<{ sum: number; text: string }>('SELECT $1::int + $2::int AS sum, $3::text AS text', [
      40,
      2,
      '政迹',
    ])
    expect(rows).toEqual([{ sum: 42, text: '政迹' }])
    expect(calls - before).toBe(1)
    await p.end()
  })

  it("reports PostgreSQL's error and the session goes on", async () => {
    const p = pool()
    await p.query('CREATE TABLE IF NOT EXISTS s_err (id int PRIMARY KEY)')
    await p.query('INSERT INTO s_err VALUES (1)')
    await expect(p.query('INSERT INTO s_err VALUES (1)')).rejects.toMatchObject({ code: '23505' })
    const client = await p.connect()
    await client.query('BEGIN')
    await expect(client.query('SELECT 1 / 0')).rejects.toMatchObject({ code: '22012' })
    await client.query('ROLLBACK')
    client.release()
    expect((await p.query('SELECT count(*)::int AS n FROM s_err')).rows).toEqual([{ n: 1 }])
    await p.end()
  })

  it('hands over a reply far larger than one read of a socket whole', async () => {
    const p = pool()
    const { rows } = await p.query<{ s: string }>("SELECT repeat('政', 2000000) AS s")
    expect(rows[0]?.s.length).toBe(2_000_000)
    await p.end()
  })

  it('answers queries queued at once in their order', async () => {
    const p = pool()
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => p.query<{ i: number }>('SELECT $1::int AS i', [i])),
    )
    expect(answers.map((a) => a.rows[0]?.i)).toEqual(Array.from({ length: 20 }, (_, i) => i))
    await p.end()
  })

  it('opens a new session on the same database when the pool replaces an idle client', async () => {
    const p = new pg.Pool({ ...pglitePoolConfig(counted), idleTimeoutMillis: 20 })
    await p.query('CREATE TABLE s_idle (n int)')
    await p.query('INSERT INTO s_idle VALUES (7)')
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(p.totalCount).toBe(0)
    expect((await p.query('SELECT n FROM s_idle')).rows).toEqual([{ n: 7 }])
    await p.end()
  })

  it('fails the query, not the process, when PGlite itself throws', async () => {
    const broken: RawProtocol = {
      execProtocolRaw: async (message) => {
        // the startup exchange goes through; the first query breaks
        if (message[0] === 0) return pglite.execProtocolRaw(message)
        throw new Error('wasm trap')
      },
    }
    const client = new pg.Client(pglitePoolConfig(broken))
    client.on('error', () => {})
    await client.connect()
    await expect(client.query('SELECT 1')).rejects.toThrow(/wasm trap|Connection terminated/)
  })
})
