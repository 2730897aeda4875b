import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateArticles, toJsonl } from '../../test/fixtures/ingest/generate.ts'
import { LEGS, openTestStore, type TestStore } from '../../test/support/store-legs.ts'
import { extract } from '../extract/index.ts'
import { countEvents, listEvents, listQuarantine, storySources } from '../store/index.ts'
import { type IngestDeps, ingestBatch, ingestPaths, reextractArticles, retryQuarantined } from './index.ts'

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/ingest/', import.meta.url))
const PAGES = join(FIXTURES, 'pages')

function depsOf(store: TestStore, overrides: Partial<IngestDeps> = {}): IngestDeps {
  return { store, extract, engineVersion: 'test-1', clock: () => new Date('2025-05-01T00:00:00Z'), ...overrides }
}

for (const leg of LEGS) {
  describe(`ingest [${leg}]`, () => {
    let store: TestStore
    let server: Server
    let base = ''
    const tmp = mkdtempSync(join(tmpdir(), 'zj-ingest-'))
    beforeAll(async () => {
      store = await openTestStore(leg)
      server = createServer((req, res) => {
        if (req.url === '/east.html') {
          res.writeHead(200, { 'content-type': 'text/html; charset=gbk' })
          res.end(readFileSync(join(FIXTURES, 'pages/east-2024.gbk.html')))
        } else {
          res.writeHead(404)
          res.end()
        }
      })
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    })
    afterAll(async () => {
      await new Promise((resolve) => server?.close(resolve))
      await store?.close()
      rmSync(tmp, { recursive: true, force: true })
    })

    it('links one trip told by three outlets into one story, one canonical event per real event with 3 sources', async () => {
      const report = await ingestPaths(depsOf(store), [PAGES])
      const byName = Object.fromEntries(report.items.map((i) => [i.source.split('/').pop(), i]))
      expect(report.items.map((i) => i.status)).toEqual([
        'stored',
        'stored',
        'stored',
        'near-duplicate',
        'near-duplicate',
      ])
      // the directory is read in name order: east (GBK, first of its story), the feed's two items, hk (Big5), west
      const east = byName['east-2024.gbk.html']
      const hk = byName['hk-2024.big5.html']
      const west = byName['west-2024.html']
      expect(report.summary).toMatchObject({ ingested: 5, nearDuplicates: 2, duplicates: 0, quarantined: 0 })
      const story = await storySources(store.db, west?.articleId ?? 0)
      expect(story?.sources.map((s) => s.articleId).sort()).toEqual(
        [east?.articleId, hk?.articleId, west?.articleId].sort(),
      )
      expect(story?.outletCount).toBe(3)
      expect(story?.sources.find((s) => s.articleId === hk?.articleId)?.script).toBe('hant')

      const trip = [east?.articleId, hk?.articleId, west?.articleId].sort((a, b) => (a ?? 0) - (b ?? 0))
      const events = await listEvents(store.db)
      const of2024 = events.filter((e) => e.dateStart.startsWith('2024-04'))
      for (const type of ['visit', 'meeting', 'signing'] as const) {
        const three = of2024.filter((e) => e.type === type && e.articleIds.length === 3)
        expect(three, type).toHaveLength(1)
        expect(three[0]?.articleIds).toEqual(trip)
        expect(three[0]?.outlets).toHaveLength(3)
      }
      // no real event is listed twice
      const keys = of2024.map((e) => `${e.type} ${e.dateStart} ${e.dateEnd} ${e.placeCode}`)
      expect(new Set(keys).size).toBe(keys.length)
      expect(of2024.find((e) => e.type === 'visit' && e.articleIds.length === 3)).toMatchObject({
        dateStart: '2024-04-10',
        dateEnd: '2024-04-11',
        placeCode: '350000',
        actorCode: '640000',
      })
      // the next year's trip of the same regions stays apart: its own story and its own events
      const feedTrip = report.items.find((i) => i.source.endsWith('#item-1'))
      expect(feedTrip?.status).toBe('stored')
      expect(feedTrip?.storyId).not.toBe(story?.storyId)
      const of2025 = events.filter((e) => e.articleIds.includes(feedTrip?.articleId ?? -1))
      expect(of2025.length).toBeGreaterThanOrEqual(3)
      for (const e of of2025) {
        expect(e.dateStart.startsWith('2025-04')).toBe(true)
        expect(e.articleIds).toEqual([feedTrip?.articleId])
      }
    })

    it('works on the first inputs while later ones are still being read', async () => {
      const text = (title: string, place: string) =>
        new TextEncoder().encode(`${title}\n2025年4月2日，湖南省党政代表团抵达${place}，开展学习考察。`)
      const storedCount = async () =>
        (await store.db.selectFrom('articles').select('id').where('title', '=', '先读到的一篇').execute()).length
      let storedBeforeSecond = 0
      async function* inputs() {
        yield { source: 'first.txt', bytes: text('先读到的一篇', '贵州省') }
        // the second input comes only once the first article is stored (or after ten seconds)
        for (let waited = 0; waited < 10_000 && storedBeforeSecond === 0; waited += 50) {
          storedBeforeSecond = await storedCount()
          if (storedBeforeSecond === 0) await new Promise((resolve) => setTimeout(resolve, 50))
        }
        yield { source: 'second.txt', bytes: text('后读到的一篇', '云南省') }
      }
      const report = await ingestBatch(depsOf(store), inputs())
      expect(storedBeforeSecond).toBe(1)
      expect(report.items.map((i) => [i.source, i.status])).toEqual([
        ['first.txt', 'stored'],
        ['second.txt', 'stored'],
      ])
    })

    it("enqueues one claim's worth first, so the engine starts while the rest of a file is read", async () => {
      const jsonl = toJsonl(generateArticles(20, { seed: 7 }))
      const totals: number[] = []
      const report = await ingestBatch(
        depsOf(store),
        [{ source: 'first-claim.jsonl', bytes: new TextEncoder().encode(jsonl) }],
        { claim: 4, workers: 1, onProgress: (p) => totals.push(p.total) },
      )
      expect(report.summary.ingested).toBe(20)
      expect(totals[0]).toBe(4)
      expect(totals.at(-1)).toBe(20)
    })

    it('ends once its jobs are done: idle loops are woken, not left to sleep out their poll', async () => {
      // other URLs than the test above's (the generator numbers its URLs the same for every seed)
      const articles = generateArticles(2, { seed: 8 }).map((a) => ({ ...a, url: a.url.replace('gen.', 'drained.') }))
      const jsonl = toJsonl(articles)
      // a poll longer than the test's timeout: the batch ends only if the loop that drains it wakes the others
      const report = await ingestBatch(
        depsOf(store),
        [{ source: 'drained.jsonl', bytes: new TextEncoder().encode(jsonl) }],
        { workers: 4, claim: 1, pollMs: 3_600_000 },
      )
      expect(report.summary.ingested).toBe(2)
    })

    it('stores an article ingested twice once', async () => {
      const before = await countEvents(store.db)
      const again = await ingestPaths(depsOf(store), [PAGES])
      expect(again.summary).toMatchObject({ ingested: 0, duplicates: 5, events: 0 })
      expect(await countEvents(store.db)).toEqual(before)
    })

    it('quarantines bad inputs with their reason and source, and the rest of the batch goes on', async () => {
      const big = join(tmp, 'huge.html')
      const fd = openSync(big, 'w')
      ftruncateSync(fd, 50 * 1024 * 1024)
      closeSync(fd)
      const report = await ingestPaths(depsOf(store), [join(FIXTURES, 'bad'), big, join(tmp, 'missing.html')])
      const codes = report.items.map((i) => [
        i.source.replace(`${FIXTURES}`, '').replace(`${tmp}/`, ''),
        i.status,
        i.code ?? '',
      ])
      expect(codes).toEqual([
        ['bad/broken-feed.xml', 'quarantined', 'ZJ_INGEST_BAD_FEED'],
        ['bad/empty.txt', 'quarantined', 'ZJ_INGEST_EMPTY'],
        ['bad/mixed.jsonl:1', 'stored', ''],
        ['bad/mixed.jsonl:2', 'quarantined', 'ZJ_INGEST_BAD_JSONL'],
        ['bad/noise.html', 'quarantined', 'ZJ_INGEST_BAD_ENCODING'],
        ['huge.html', 'quarantined', 'ZJ_INGEST_TOO_LARGE'],
        ['missing.html', 'quarantined', 'ZJ_INGEST_UNREADABLE'],
      ])
      const open = await listQuarantine(store.db, { batch: report.batch })
      expect(open.map((q) => q.code)).toEqual(report.items.filter((i) => i.status === 'quarantined').map((i) => i.code))
      expect(open.find((q) => q.code === 'ZJ_INGEST_BAD_JSONL')?.size).toBeGreaterThan(0)
    })

    it('retries a quarantined article once the engine reads it', async () => {
      const text = join(tmp, 'visit.txt')
      writeFileSync(text, '市代表团赴厦门考察\n2024-05-03 09:00\n5月2日，某市代表团赴厦门市考察港口物流企业。\n')
      const broken = depsOf(store, {
        extract: () => {
          throw new Error('engine down')
        },
      })
      const failed = await ingestPaths(broken, [text])
      expect(failed.items).toMatchObject([{ status: 'quarantined', code: 'ZJ_INGEST_EXTRACT_FAILED' }])
      const [entry] = await listQuarantine(store.db, { batch: failed.batch })
      const retried = await retryQuarantined(depsOf(store), entry?.id ?? 0)
      expect(retried?.items).toMatchObject([{ status: 'stored' }])
      expect((await listQuarantine(store.db, { status: 'retried' })).map((q) => q.id)).toContain(entry?.id)
      expect(await retryQuarantined(depsOf(store), 999_999)).toBeUndefined()
    })

    it('reads URLs on the loopback only', async () => {
      const report = await ingestPaths(depsOf(store), [
        `${base}/east.html`,
        `${base}/gone.html`,
        'http://198.51.100.7/a.html',
      ])
      expect(report.items.map((i) => [i.status, i.code ?? ''])).toEqual([
        ['duplicate', ''],
        ['quarantined', 'ZJ_INGEST_UNREADABLE'],
        ['quarantined', 'ZJ_INGEST_UNREADABLE'],
      ])
      expect(report.items[2]?.reason).toMatch(/loopback/)
    })

    it('re-extraction keeps the ids of events that are still the same', async () => {
      const before = await listEvents(store.db)
      const same = await reextractArticles(depsOf(store), { all: true })
      expect(same.summary.reextracted).toBeGreaterThanOrEqual(7)
      const after = await listEvents(store.db)
      expect(after.map((e) => [e.id, e.type, e.dateStart, e.articleIds])).toEqual(
        before.map((e) => [e.id, e.type, e.dateStart, e.articleIds]),
      )
      // a newer engine that no longer sees signings: the signings go, every other event keeps its id
      const noSignings = depsOf(store, {
        engineVersion: 'test-2',
        extract: (text, ref) => {
          const r = extract(text, ref)
          return { ...r, events: r.events.filter((e) => e.type !== 'signing') }
        },
      })
      const stale = await reextractArticles(noSignings)
      expect(stale.summary.reextracted).toBe(same.summary.reextracted)
      const without = await listEvents(store.db)
      expect(without.map((e) => e.id)).toEqual(before.filter((e) => e.type !== 'signing').map((e) => e.id))
      // nothing left to do for that version
      expect((await reextractArticles(noSignings)).summary.reextracted).toBe(0)
    })

    it("re-extracts exactly the articles named, as an editor's save does", async () => {
      const [first] = await listEvents(store.db)
      const articleId = first?.articleIds[0]
      expect(articleId).toBeDefined()
      const one = await reextractArticles(depsOf(store, { engineVersion: 'test-3' }), { articleIds: [articleId ?? 0] })
      expect(one.items.map((i) => [i.status, i.articleId])).toEqual([['reextracted', articleId]])
    })
  })
}
