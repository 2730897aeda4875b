// The ingest tables on both legs: bulk statements keep their rows' order, sketches are found by their shared hashes
// within the publication window only, event candidates are the events whose span overlaps, and the migrations that
// moved sketches into arrays (0005) and gave events a daterange (0006) carry stored data over.
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LEGS, openTestStore, type TestStore } from '../../../test/support/store-legs.ts'
import {
  claimJobs,
  createStories,
  type EventFields,
  enqueueJobs,
  eventCandidatesAny,
  insertEvents,
  insertEventsWithMentions,
  insertIngestedArticles,
  linkNewArticles,
  MIGRATIONS,
  migrate,
  PROBE_EVERY,
  SketchMemo,
  sharedCount,
  sketchCandidatesMany,
  sketchKeys,
  sketchSet,
  updateEvents,
} from '../index.ts'
import { LZ4_COLUMNS } from '../migrations/0010-lz4-compression.ts'
import { bulkInsert } from './bulk.ts'

const DAY = 86_400_000

function event(label: string, spanStart: string, spanEnd: string): EventFields {
  return {
    type: 'visit',
    label,
    dateStart: spanStart,
    dateEnd: spanEnd,
    approx: false,
    spanStart,
    spanEnd,
    placeCode: '310000',
    actorCode: null,
    title: null,
    parties: [],
    canonical: { label },
  }
}

async function addArticle(
  store: TestStore,
  n: number,
  publishedAt: string,
  hashes: number[],
  facts: number[] | null = null,
): Promise<number> {
  const [id] = await insertIngestedArticles(store.db, [
    {
      slug: `s-${n}`,
      title: `第${n}篇`,
      outletId: null,
      publishedAt,
      byline: [],
      editor: null,
      sources: [],
      body: `正文${n}`,
      canonicalUrl: null,
      script: 'hans',
      contentHash: `h${n}`,
    },
  ])
  const [storyId] = await createStories(store.db, 1)
  await linkNewArticles(store.db, [
    {
      articleId: id as number,
      storyId: storyId as number,
      nearDuplicateOf: null,
      similarity: null,
      sketchSize: hashes.length,
      source: null,
      engineVersion: 'test',
      hashes,
      facts,
      publishedAt: new Date(publishedAt),
    },
  ])
  return id as number
}

for (const leg of LEGS) {
  describe(`ingest tables [${leg}]`, () => {
    let store: TestStore
    beforeAll(async () => {
      store = await openTestStore(leg)
    })
    afterAll(async () => {
      await store?.close()
    })

    it('a bulk insert returns the ids in the order of its rows, and a bulk update changes exactly the rows named', async () => {
      const labels = Array.from({ length: 40 }, (_, i) => `事件${i}`)
      const ids = await insertEvents(
        store.db,
        labels.map((l) => event(l, '2024-03-01', '2024-03-02')),
      )
      const rows = await sql<{ id: number; label: string }>`
        SELECT id, label FROM events WHERE id = ANY(${ids}::bigint[])`.execute(store.db)
      const byId = new Map(rows.rows.map((r) => [Number(r.id), r.label]))
      expect(ids.map((id) => byId.get(id))).toEqual(labels)
      await updateEvents(store.db, [
        { id: ids[3] as number, fields: event('改过的', '2024-03-01', '2024-03-02') },
        { id: ids[7] as number, fields: event('也改了', '2024-03-01', '2024-03-05') },
      ])
      const after = await sql<{ id: number; label: string; span_end: string }>`
        SELECT id, label, span_end FROM events WHERE id = ANY(${ids}::bigint[]) ORDER BY id`.execute(store.db)
      expect(
        after.rows.filter((r) => !labels.includes(r.label)).map((r) => [Number(r.id), r.label, r.span_end]),
      ).toEqual([
        [ids[3], '改过的', '2024-03-02'],
        [ids[7], '也改了', '2024-03-05'],
      ])
    })

    it('the large columns compress with LZ4 where the server has it (PostgreSQL), with pglz where not (PGlite)', async () => {
      const { rows } = await sql<{ lz4: boolean }>`
        SELECT 'lz4' = ANY(enumvals) AS lz4 FROM pg_settings WHERE name = 'default_toast_compression'`.execute(store.db)
      const lz4 = rows[0]?.lz4 === true
      expect(lz4).toBe(leg === 'postgres')
      for (const [table, column] of LZ4_COLUMNS) {
        const found = await sql<{ method: string }>`
          SELECT attcompression::text AS method FROM pg_attribute
          WHERE attrelid = ${table}::regclass AND attname = ${column}`.execute(store.db)
        expect([table, column, found.rows[0]?.method]).toEqual([table, column, lz4 ? 'l' : ''])
      }
    })

    it('a bulk insert stores text exactly as given: quotes, backslashes, braces, commas, NULL spelled out, empty', async () => {
      const awkward = ['他说"签了"', 'C:\\路径\\文件', '{不是数组}', '甲,乙', 'NULL', '', ' 前后空格 ', '换\n行', '\\"']
      const ids = await insertEvents(
        store.db,
        awkward.map((label, i) => ({
          ...event(label, '2036-01-01', '2036-01-02'),
          title: i % 2 === 0 ? null : label,
          parties: [label, '"另一方"'],
          canonical: { label, note: 'a "quoted" \\ note' },
        })),
      )
      const rows = await sql<{
        id: number
        label: string
        title: string | null
        parties: string[]
        canonical: unknown
      }>`
        SELECT id, label, title, parties, canonical FROM events WHERE id = ANY(${ids}::bigint[])`.execute(store.db)
      const byId = new Map(rows.rows.map((r) => [Number(r.id), r]))
      expect(ids.map((id) => byId.get(id)?.label)).toEqual(awkward)
      expect(ids.map((id) => byId.get(id)?.title)).toEqual(awkward.map((l, i) => (i % 2 === 0 ? null : l)))
      expect(ids.map((id) => byId.get(id)?.parties)).toEqual(awkward.map((l) => [l, '"另一方"']))
      expect(ids.map((id) => byId.get(id)?.canonical)).toEqual(
        awkward.map((label) => ({ label, note: 'a "quoted" \\ note' })),
      )
    })

    it('a bulk insert carries JSON values as one JSON array, and falls back to an array literal for a NULL', async () => {
      await sql`CREATE TEMP TABLE bulk_json (k integer, doc jsonb, tag text)`.execute(store.db)
      const docs = [{ a: '引号"和\\反斜杠' }, [1, '二', null], '纯字符串', 42, { nested: { deep: ['[', ']', ','] } }]
      const rows = (withNull: boolean) =>
        docs.map((doc, k) => ({ k, doc: withNull && k === 2 ? null : JSON.stringify(doc), tag: `t${k}` }))
      await bulkInsert(store.db, 'bulk_json', { k: 'integer', doc: 'jsonb', tag: 'text' }, rows(false))
      await bulkInsert(store.db, 'bulk_json', { k: 'integer', doc: 'jsonb', tag: 'text' }, rows(true))
      const back = await sql<{ k: number; doc: unknown; tag: string }>`
        SELECT k, doc, tag FROM bulk_json ORDER BY k, doc IS NULL`.execute(store.db)
      expect(back.rows).toEqual(
        docs.flatMap((doc, k) => [
          { k, doc, tag: `t${k}` },
          { k, doc: k === 2 ? null : doc, tag: `t${k}` },
        ]),
      )
      await sql`DROP TABLE bulk_json`.execute(store.db)
    })

    it('new events and their mentions go in one statement; a new event is represented by its first mention', async () => {
      const [stored] = await insertEvents(store.db, [event('早有的', '2035-01-01', '2035-01-02')])
      const article = await addArticle(store, 41, '2035-01-03T08:00:00+08:00', [])
      const mention = (ordinal: number, target: { id: number } | { fresh: number }) => ({
        event: target,
        articleId: article,
        ordinal,
        engineVersion: 'v',
        json: JSON.stringify({ said: `第${ordinal}处` }),
      })
      const ids = await insertEventsWithMentions(
        store.db,
        [event('新甲', '2035-01-03', '2035-01-03'), event('新乙', '2035-01-04', '2035-01-04')],
        [
          mention(0, { fresh: 1 }),
          mention(1, { id: stored as number }),
          mention(2, { fresh: 0 }),
          mention(3, { fresh: 1 }),
        ],
      )
      expect(ids).toHaveLength(2)
      const events = await sql<{ id: string; label: string; canonical: unknown }>`
        SELECT id, label, canonical FROM events WHERE id = ANY(${ids}::bigint[]) ORDER BY id`.execute(store.db)
      expect(events.rows.map((r) => [Number(r.id), r.label, r.canonical])).toEqual([
        [ids[0], '新甲', { said: '第2处' }],
        [ids[1], '新乙', { said: '第0处' }],
      ])
      const mentions = await sql<{ event_id: string; ordinal: number }>`
        SELECT event_id, ordinal FROM event_mentions WHERE article_id = ${article} ORDER BY ordinal`.execute(store.db)
      expect(mentions.rows.map((r) => Number(r.event_id))).toEqual([ids[1], stored, ids[0], ids[1]])
      await expect(
        insertEventsWithMentions(store.db, [event('无人提到', '2035-01-05', '2035-01-05')], []),
      ).rejects.toThrow(RangeError)
    })

    it('event candidates are the events of that type whose span overlaps, and no others', async () => {
      const [inside, before, after] = await insertEvents(store.db, [
        event('八月访问', '2030-08-10', '2030-08-12'),
        event('七月访问', '2030-07-01', '2030-07-31'),
        event('九月访问', '2030-09-01', '2030-09-03'),
      ])
      const found = await eventCandidatesAny(store.db, [{ type: 'visit', start: '2030-07-31', end: '2030-08-10' }])
      expect(found.map((e) => e.id).sort()).toEqual([inside, before].sort())
      expect(found.map((e) => e.id)).not.toContain(after)
      expect(await eventCandidatesAny(store.db, [{ type: 'signing', start: '2030-08-01', end: '2030-08-31' }])).toEqual(
        [],
      )
    })

    it('event candidates for a place or an actor are in its province, or have no such code', async () => {
      const [here, nowhere, elsewhere, theirs] = await insertEvents(store.db, [
        event('上海的', '2033-10-01', '2033-10-02'),
        { ...event('不知在哪', '2033-10-01', '2033-10-02'), placeCode: null },
        { ...event('苏州的', '2033-10-01', '2033-10-02'), placeCode: '320500' },
        { ...event('江苏团的', '2033-10-01', '2033-10-02'), actorCode: '320000' },
      ])
      const range = { type: 'visit' as const, start: '2033-10-01', end: '2033-10-01' }
      const ids = async (r: Parameters<typeof eventCandidatesAny>[1][number]) =>
        (await eventCandidatesAny(store.db, [r])).map((e) => e.id).sort()
      expect(await ids({ ...range, placeCode: '310104' })).toEqual([here, nowhere, theirs].sort())
      expect(await ids({ ...range, placeCode: '320000', actorCode: '310000' })).toEqual([nowhere, elsewhere].sort())
      expect(await ids(range)).toEqual([here, nowhere, elsewhere, theirs].sort())
    })

    it('sketch candidates share enough hashes and were published within the window', async () => {
      const shared = [16, -32, 33, 48, -55, 66]
      const near = await addArticle(store, 1, '2031-05-10T08:00:00+08:00', [...shared, 1001, 1002])
      await addArticle(store, 2, '2031-08-20T08:00:00+08:00', [...shared, 2001]) // the same words, months later
      await addArticle(store, 3, '2031-05-12T08:00:00+08:00', [16, 3001, 3002, 3003]) // one hash in common
      const found = await sketchCandidatesMany(
        store.db,
        [{ hashes: [...shared, 9001], around: new Date('2031-05-25T08:00:00+08:00') }],
        { minShared: 3, days: 30 },
      )
      expect(found.map((c) => [c.index, c.articleId, c.shared, c.sketchSize])).toEqual([[0, near, 6, 8]])
    })

    it('a memo counts shared hashes from what it remembers, and reads only the sketches it lacks', async () => {
      const shared = [512, -502, 503, 504]
      const a = await addArticle(store, 11, '2032-03-01T08:00:00+08:00', [...shared, 5001], [7, -8, 9])
      const b = await addArticle(store, 12, '2032-03-02T08:00:00+08:00', [...shared, 5002, 5003])
      const probe = [{ hashes: [...shared, 5999], around: new Date('2032-03-03T08:00:00+08:00') }]
      const memo = new SketchMemo()
      const first = await sketchCandidatesMany(store.db, probe, { minShared: 3, days: 30 }, memo)
      expect(first.map((c) => [c.articleId, c.shared, c.facts]).sort()).toEqual(
        [
          [a, 4, [7, -8, 9]],
          [b, 4, null],
        ].sort(),
      )
      // the stored sketches were read into the memo: hashes unsigned, as stored; facts as they were given
      expect([...(memo.get(a)?.hashes ?? [])].sort((x, y) => x - y)).toEqual([503, 504, 512, 5001, -502 >>> 0])
      expect(memo.get(b)?.facts).toBeNull()
      expect(memo.get(b)?.publishedAt).toBe(Date.parse('2032-03-02T08:00:00+08:00'))
      // what the memo holds is what is counted: a remembered sketch is not read again
      memo.remember(b, [512], null, new Date('2032-03-02T08:00:00+08:00'))
      const second = await sketchCandidatesMany(store.db, probe, { minShared: 3, days: 30 }, memo)
      expect(second.map((c) => c.articleId)).toEqual([a])
    })

    it('a candidate the memo holds is kept to the 30 days by the publication time remembered with it', async () => {
      const shared = [1024, -1040, 1041, 1042]
      const id = await addArticle(store, 13, '2035-06-01T08:00:00+08:00', [...shared, 7001])
      const probe = [{ hashes: [...shared, 7999], around: new Date('2035-06-20T08:00:00+08:00') }]
      const memo = new SketchMemo()
      expect(
        (await sketchCandidatesMany(store.db, probe, { minShared: 3, days: 30 }, memo)).map((c) => c.articleId),
      ).toEqual([id])
      // what is remembered decides, not a second read of the article
      memo.remember(id, [...shared, 7001], null, new Date('2035-04-01T08:00:00+08:00'))
      expect(await sketchCandidatesMany(store.db, probe, { minShared: 3, days: 30 }, memo)).toEqual([])
      // a fresh memo reads the stored date again
      const fresh = await sketchCandidatesMany(store.db, probe, { minShared: 3, days: 30 }, new SketchMemo())
      expect(fresh.map((c) => c.articleId)).toEqual([id])
    })

    it('a claim reads back only the payloads its process does not hold', async () => {
      const [held, other] = await enqueueJobs(store.db, 'payloads', [
        { kind: 'article', source: 'held.txt', payload: { title: '存在库里的' } },
        { kind: 'article', source: 'other.txt', payload: { title: '另一篇' } },
      ])
      // what the process holds is taken as it is: the stored copy is not read
      const mine = { title: '进程手里的' }
      const jobs = await claimJobs(store.db, {
        worker: 'w',
        limit: 5,
        leaseSeconds: 30,
        batch: 'payloads',
        payloads: new Map([[held as number, mine]]),
      })
      expect(jobs.map((j) => [j.id, j.payload])).toEqual([
        [held, mine],
        [other, { title: '另一篇' }],
      ])
      expect(jobs[0]?.payload).toBe(mine)
    })

    it('a memo forgets its oldest sketches beyond its capacity', () => {
      const memo = new SketchMemo(2)
      const at = new Date('2033-01-01T00:00:00Z')
      memo.remember(1, [1], null, at)
      memo.remember(2, [2], [], at)
      memo.remember(3, [-3], [-3], at)
      expect(memo.get(1)).toBeUndefined()
      expect([...(memo.get(3)?.hashes ?? [])]).toEqual([-3 >>> 0])
      expect([...(memo.get(3)?.facts ?? [])]).toEqual([-3])
    })

    it('an article is found through a shared probe key (a hash ≡ 0 mod 16), not through other hashes', async () => {
      const around = new Date('2034-02-10T08:00:00+08:00')
      const unseen = await addArticle(store, 31, '2034-02-09T08:00:00+08:00', [1, 2, 3, 7001])
      const seen = await addArticle(store, 32, '2034-02-09T08:00:00+08:00', [PROBE_EVERY * 5, 2, 3, 7002])
      const found = await sketchCandidatesMany(store.db, [{ hashes: [PROBE_EVERY * 5, 1, 2, 3], around }], {
        minShared: 3,
        days: 30,
      })
      // both share three hashes with the probe; only the one sharing a probe key is looked up, and its count is whole
      expect(found.map((c) => [c.articleId, c.shared])).toEqual([[seen, 3]])
      expect(found.map((c) => c.articleId)).not.toContain(unseen)
    })

    it('keys tag every probe hash with its 30-day bucket, so a window of ±30 days reads three buckets', async () => {
      const at = new Date('2031-05-10T00:00:00Z')
      const keys = sketchKeys([-16, 5, 32, 32], at)
      const bucket = Math.floor(at.getTime() / (30 * DAY))
      expect(keys).toEqual([bucket * 2 ** 32 + 32, bucket * 2 ** 32 + 0xfffffff0])
      await expect(
        sketchCandidatesMany(store.db, [{ hashes: [1], around: at }], { minShared: 1, days: 31 }),
      ).rejects.toThrow(RangeError)
    })
  })

  describe(`migrations 0005, 0006 and 0008 carry stored data over [${leg}]`, () => {
    let store: TestStore
    beforeAll(async () => {
      store = await openTestStore(leg, { migrated: false })
    })
    afterAll(async () => {
      await store?.close()
    })

    it('sketch rows become the article’s sample and probe keys; event spans become dateranges', async () => {
      await migrate(
        store.db,
        MIGRATIONS.filter((m) => m.version <= 4),
      )
      const published = '2024-06-01T10:00:00+08:00'
      const at = new Date(published)
      await sql`INSERT INTO articles (id, slug, title, published_at, body, content_hash)
        VALUES (1, 'a', '标题', ${at}, '正文', 'h1')`.execute(store.db)
      await sql`INSERT INTO stories (id) VALUES (1)`.execute(store.db)
      await sql`INSERT INTO article_ingest (article_id, story_id, sketch_size) VALUES (1, 1, 3)`.execute(store.db)
      await sql`INSERT INTO article_sketch (h, article_id, published_at)
        VALUES (-16, 1, ${at}), (42, 1, ${at}), (9, 1, ${at}), (48, 1, ${at})`.execute(store.db)
      await sql`INSERT INTO events (type, label, date_start, date_end, span_start, span_end, canonical)
        VALUES ('visit', '访问', '2024-05-30', '2024-05-31', '2024-05-30', '2024-06-02', '{}')`.execute(store.db)
      await migrate(store.db)
      const row = await sql<{ keys: string; sketch: string }>`
        SELECT sketch_keys::text AS keys, sketch::text AS sketch FROM article_ingest`.execute(store.db)
      const numbers = (literal: string | undefined) => (literal ?? '').slice(1, -1).split(',').map(Number)
      expect(numbers(row.rows[0]?.keys)).toEqual(sketchKeys([-16, 42, 9, 48], new Date(published)))
      expect(numbers(row.rows[0]?.keys)).toHaveLength(2)
      expect(numbers(row.rows[0]?.sketch)).toEqual([-16, 9, 42, 48])
      const found = await eventCandidatesAny(store.db, [{ type: 'visit', start: '2024-06-02', end: '2024-06-09' }])
      expect(found.map((e) => e.label)).toEqual(['访问'])
    })
  })
}

describe('sketch sets', () => {
  it('a sketch set holds each hash once, unsigned, ascending, whatever the order and sign it came in', () => {
    expect([...sketchSet([-1, 5, 3, 5, -1, 0, 2 ** 31])]).toEqual([0, 3, 5, 2 ** 31, 2 ** 32 - 1])
    expect([...sketchSet([])]).toEqual([])
    expect([...sketchSet([7, 7, 7])]).toEqual([7])
  })

  it('a set made once is taken as it is, not sorted again', () => {
    const set = sketchSet([9, -2, 4])
    expect(sketchSet(set)).toBe(set)
  })

  it('two sketch sets share the values in both, counted once', () => {
    expect(sharedCount(sketchSet([1, 2, 3, -4]), sketchSet([3, -4, 5, 1, 1]))).toBe(3)
    expect(sharedCount(sketchSet([1, 2]), sketchSet([3, 4]))).toBe(0)
    expect(sharedCount(sketchSet([]), sketchSet([1]))).toBe(0)
  })
})
