// Engine threads read articles exactly as the worker's own thread does, in order, and a batch ingested with them
// stores the same stories and events as one ingested without.
import { afterAll, describe, expect, it } from 'vitest'
import { generateArticles, toJsonl } from '../../test/fixtures/ingest/generate.ts'
import { openTestStore } from '../../test/support/store-legs.ts'
import { extract } from '../extract/index.ts'
import { claimJobs, enqueueJobs } from '../store/index.ts'
import { createEnginePool, type IngestDeps, ingestBatch, readInput } from './index.ts'
import { processArticleJobs } from './pipeline.ts'
import { type ReadRequest, readArticle } from './reading.ts'

const articles = generateArticles(7, { seed: 5, length: 'item' })
const requests: ReadRequest[] = articles.map((a, i) => ({
  title: a.title,
  body: a.text,
  published: a.published,
  outlet: a.outlet,
  script: i === 3 ? 'hant' : 'hans',
}))

describe('engine threads', () => {
  const pool = createEnginePool(2)
  afterAll(() => pool.close())

  it('read every article as the worker’s own thread would, in the order asked', async () => {
    const threaded = await pool.read(requests)
    expect(threaded).toEqual(requests.map((r) => readArticle(extract, r)))
    expect(threaded.every((o) => 'events' in o && o.events.length > 0)).toBe(true)
  })

  it('start again after the pool was closed', async () => {
    await pool.close()
    const [again] = await pool.read(requests.slice(0, 1))
    expect(again).toEqual(readArticle(extract, requests[0] as ReadRequest))
  })

  it('refuse a pool of no threads', () => {
    expect(() => createEnginePool(0)).toThrow(RangeError)
  })

  it('that fail leave the claim to the worker’s own thread, in the claim’s one transaction', async () => {
    const store = await openTestStore('pglite')
    try {
      let calls = 0
      const broken: IngestDeps['engine'] = {
        read: () => {
          calls++
          return Promise.reject(new Error('an engine thread exited (code 1)'))
        },
      }
      const deps: IngestDeps = { store, extract, engine: broken, engineVersion: 't', clock: () => new Date() }
      const jsonl = new TextEncoder().encode(toJsonl(generateArticles(10, { seed: 9, length: 'item' })))
      const drafts = readInput({ source: 'gen.jsonl', bytes: jsonl }).flatMap((i) => (i.ok ? [i] : []))
      await enqueueJobs(
        store.db,
        'b',
        drafts.map((i) => ({ kind: 'article', source: i.source, payload: i.draft })),
      )
      const jobs = await claimJobs(store.db, { worker: 'w', limit: 10, leaseSeconds: 30 })
      const result = await processArticleJobs(deps, jobs, 'w')
      expect(calls).toBe(1)
      expect([...result.outcomes.values()].map((o) => o.kind)).toEqual(Array(10).fill('stored'))
    } finally {
      await store.close()
    }
  })

  it('store the same stories and events for a batch as the worker’s own thread does', async () => {
    const jsonl = new TextEncoder().encode(toJsonl(generateArticles(60, { seed: 8, length: 'item', duplicates: 5 })))
    const run = async (engine: IngestDeps['engine']) => {
      const store = await openTestStore('pglite')
      try {
        const deps: IngestDeps = { store, extract, engine, engineVersion: 't', clock: () => new Date('2025-01-01') }
        const report = await ingestBatch(deps, [{ source: 'gen.jsonl', bytes: jsonl }], { workers: 1, claim: 16 })
        return {
          summary: report.summary,
          items: report.items.map((i) => [i.status, i.articleId, i.storyId, i.events]),
        }
      } finally {
        await store.close()
      }
    }
    const threads = createEnginePool(2)
    try {
      const [own, threaded] = [await run(undefined), await run(threads)]
      expect(threaded.summary).toEqual(own.summary)
      expect(threaded.summary.ingested).toBe(60)
      expect(threaded.summary.duplicates).toBe(5)
      expect(threaded.items).toEqual(own.items)
    } finally {
      await threads.close()
    }
  })
})
