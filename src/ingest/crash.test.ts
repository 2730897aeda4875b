// Crash test: two workers over 2,000 generated articles (and 100 exact copies), one of them killed again and again
// mid-batch. PGlite is single-process, so on that leg the workers are concurrent loops of this process and a "kill"
// is a worker that stops dead inside its transaction (rolled back) leaving its claims to expire. On PostgreSQL the
// workers are real `zhengji worker` processes and the kill is SIGKILL. Either way the final counts must be exact.
import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateArticles, toJsonl } from '../../test/fixtures/ingest/generate.ts'
import { LEGS, openTestStore, type TestStore } from '../../test/support/store-legs.ts'
import { extract } from '../extract/index.ts'
import { type IngestDeps, ingestBatch, readInput, runWorker, WorkerCrash } from './index.ts'

const DISTINCT = 2000
const COPIES = 100
const BIN = fileURLToPath(new URL('../../bin/zhengji.js', import.meta.url))

const articles = generateArticles(DISTINCT, { duplicates: COPIES })
const jsonl = new TextEncoder().encode(toJsonl(articles))

/** The mentions the engine finds in the distinct articles, read exactly as a worker reads them. */
function expectedMentions(): number {
  let n = 0
  const seen = new Set<string>()
  for (const item of readInput({ source: 'gen.jsonl', bytes: jsonl })) {
    if (!item.ok || seen.has(item.draft.url ?? '')) continue
    seen.add(item.draft.url ?? '')
    const d = item.draft
    n += extract(d.body, { published: d.published ?? '', title: d.title, ...(d.outlet ? { outlet: d.outlet } : {}) })
      .events.length
  }
  return n
}

async function verify(store: TestStore, mentions: number): Promise<void> {
  const q = async (text: string) => Number((await sql<{ n: number }>`${sql.raw(text)}`.execute(store.db)).rows[0]?.n)
  expect(await q(`SELECT count(*)::int AS n FROM ingest_jobs WHERE status <> 'done'`)).toBe(0)
  expect(await q('SELECT count(*)::int AS n FROM ingest_jobs')).toBe(DISTINCT + COPIES)
  expect(await q('SELECT count(*)::int AS n FROM articles')).toBe(DISTINCT)
  expect(await q('SELECT count(DISTINCT content_hash)::int AS n FROM articles')).toBe(DISTINCT)
  expect(await q('SELECT count(DISTINCT canonical_url)::int AS n FROM articles')).toBe(DISTINCT)
  expect(await q('SELECT count(*)::int AS n FROM article_ingest')).toBe(DISTINCT)
  expect(await q(`SELECT count(*)::int AS n FROM ingest_jobs WHERE result->>'kind' = 'duplicate'`)).toBe(COPIES)
  expect(await q('SELECT count(*)::int AS n FROM event_mentions')).toBe(mentions)
  expect(
    await q(
      'SELECT count(*)::int AS n FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.id)',
    ),
  ).toBe(0)
  expect(await q('SELECT count(*)::int AS n FROM quarantine')).toBe(0)
  // some jobs were claimed more than once: the kills did interrupt work
  expect(await q('SELECT count(*)::int AS n FROM ingest_jobs WHERE attempts > 1')).toBeGreaterThan(0)
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

for (const leg of LEGS) {
  describe(`ingest crash [${leg}]`, () => {
    let store: TestStore
    let mentions = 0
    beforeAll(async () => {
      store = await openTestStore(leg)
      mentions = expectedMentions()
      const queued = await ingestBatch(
        { store, extract, engineVersion: 'crash', clock: () => new Date() },
        [{ source: 'gen.jsonl', bytes: jsonl }],
        { work: false },
      )
      expect(queued.summary.queued).toBe(DISTINCT + COPIES)
    })
    afterAll(async () => {
      await store?.close()
    })

    if (leg === 'pglite') {
      it('two in-process workers, one dying inside its transaction five times, lose and duplicate nothing', async () => {
        const deps: IngestDeps = { store, extract, engineVersion: 'crash', clock: () => new Date() }
        const options = { until: 'drained' as const, leaseSeconds: 1, claim: 16, pollMs: 50 }
        const steady = runWorker(deps, { ...options, id: 'steady' })
        let crashes = 0
        for (let k = 0; k < 5; k++) {
          let commits = 0
          const report = await runWorker(deps, {
            ...options,
            id: `doomed-${k}`,
            hooks: {
              beforeCommit() {
                commits++
                if (commits === 40 + k * 7) throw new WorkerCrash()
              },
            },
          })
          if (report.crashed) crashes++
        }
        await Promise.all([steady, runWorker(deps, { ...options, id: 'last' })])
        expect(crashes).toBe(5)
        await verify(store, mentions)
      }, 240_000)
    } else {
      it('a `zhengji worker` killed with SIGKILL three times mid-batch, then two workers side by side, lose and duplicate nothing', async () => {
        const env = { ...process.env, DATABASE_URL: store.databaseUrl ?? '', ZHENGJI_DATA: '' }
        const start = () =>
          spawn(process.execPath, [BIN, 'worker', '--drain', '--lease', '2', '--claim', '16'], { env, stdio: 'ignore' })
        const exited = (child: ChildProcess) =>
          new Promise<number | null>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode)
            else child.once('exit', (code) => resolve(code))
          })
        const holding = async (pid: number | undefined) => {
          const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ingest_jobs
            WHERE status = 'running' AND worker LIKE ${`%:${pid}:%`}`.execute(store.db)
          return Number(r.rows[0]?.n ?? 0)
        }
        // the doomed worker is killed three times mid-batch before the two survivors start side by side: were they
        // already draining, a fast machine could finish the queue before the third kill had anything to interrupt
        let kills = 0
        for (let k = 0; k < 3; k++) {
          const doomed = start()
          // wait until it holds a claim mid-batch, then kill it on the spot
          const deadline = Date.now() + 60_000
          while (Date.now() < deadline && (await holding(doomed.pid)) === 0 && doomed.exitCode === null) await sleep(50)
          await sleep(300 + k * 200)
          if ((await holding(doomed.pid)) > 0 && doomed.kill('SIGKILL')) kills++
          await exited(doomed)
        }
        const steady = start()
        const last = start()
        expect(await exited(steady)).toBe(0)
        expect(await exited(last)).toBe(0)
        expect(kills).toBe(3)
        await verify(store, mentions)
      }, 240_000)
    }
  })
}
