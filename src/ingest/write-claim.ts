// The write of a claim of new articles, set-based: a handful of statements for the whole claim instead of a dozen
// per article. Articles are still decided one after another in claim order — an article can be a near-duplicate of
// an earlier one of the same claim, and its events can join events an earlier one created — but in memory.
import type { Kysely } from 'kysely'
import {
  createStories,
  type Database,
  type EventFields,
  eventCandidatesAny,
  insertEventsWithMentions,
  insertIngestedArticles,
  type Job,
  linkNewArticles,
  SketchMemo,
  sharedCount,
  sketchCandidatesMany,
  sketchSet,
  updateEvents,
} from '../store/index.ts'
import type { ArticleDraft } from './article.ts'
import type { IngestDeps } from './deps.ts'
import type { ReadEvent } from './event-fields.ts'
import { candidateRange, fitScore, refine, sameEvent } from './merge-events.ts'
import { containment, factsAgree, isNearDuplicate, NEAR_DUPLICATE } from './sketch.ts'

export interface NewArticle {
  readonly job: Job
  readonly draft: ArticleDraft
  readonly hash: string
  readonly published: string
  readonly events: readonly ReadEvent[]
  readonly hashes: readonly number[]
  readonly facts: readonly number[]
  readonly outletId: number | null
}

export interface NewArticleOutcome {
  readonly kind: 'stored' | 'near-duplicate'
  readonly articleId: number
  readonly storyId: number
  readonly nearDuplicateOf: number | null
  readonly similarity: number | null
  readonly events: number
  readonly merged: number
}

const DAY = 86_400_000

/** One memo of stored sketches per store, for the life of the process (sketches never change once stored). */
const memos = new WeakMap<object, SketchMemo>()

function sketchMemo(deps: IngestDeps): SketchMemo {
  let memo = memos.get(deps.store)
  if (!memo) {
    memo = new SketchMemo()
    memos.set(deps.store, memo)
  }
  return memo
}

export interface StoryLink {
  readonly storyId: number
  readonly nearDuplicateOf: number | null
  readonly similarity: number | null
}

/**
 * Links stored, not yet linked articles to their stories (an earlier report they are a near-duplicate of, else a new
 * story) and stores their sketches. Stored candidates come from one query; earlier articles of the same call are
 * compared in memory, so an article can join the story an earlier one of the call started.
 */
export async function linkStories(
  trx: Kysely<Database>,
  deps: IngestDeps,
  items: readonly {
    articleId: number
    hashes: readonly number[]
    facts: readonly number[]
    published: Date
    source: string | null
  }[],
): Promise<StoryLink[]> {
  const memo = sketchMemo(deps)
  // each sketch as a set once, for the lookup, the comparisons within the claim and the memo
  const sets = items.map((p) => sketchSet(p.hashes))
  const stored = await sketchCandidatesMany(
    trx,
    items.map((p, i) => ({ hashes: sets[i] ?? p.hashes, around: p.published })),
    NEAR_DUPLICATE,
    memo,
  )
  const times = items.map((p) => p.published.getTime())
  type Story = { id: number } | { fresh: number }
  const stories: Story[] = []
  const nearOf: (number | null)[] = []
  const similarity: (number | null)[] = []
  let freshStories = 0
  for (const [i, p] of items.entries()) {
    const t = times[i] ?? 0
    let best: { score: number; article: number; story: Story } | undefined
    for (const c of stored) {
      if (c.index !== i || c.articleId === p.articleId) continue
      if (!isNearDuplicate(c.shared, p.hashes.length, c.sketchSize) || !factsAgree(p.facts, c.facts)) continue
      const score = containment(c.shared, p.hashes.length, c.sketchSize)
      if (!best || score > best.score) best = { score, article: c.articleId, story: { id: c.storyId } }
    }
    for (let j = 0; j < i; j++) {
      const other = items[j]
      if (!other || Math.abs((times[j] ?? 0) - t) > NEAR_DUPLICATE.days * DAY) continue
      const shared = sharedCount(sets[j] ?? new Uint32Array(), sets[i] ?? new Uint32Array())
      if (!isNearDuplicate(shared, p.hashes.length, other.hashes.length) || !factsAgree(p.facts, other.facts)) continue
      const score = containment(shared, p.hashes.length, other.hashes.length)
      if (!best || score > best.score) best = { score, article: other.articleId, story: stories[j] as Story }
    }
    stories.push(best?.story ?? { fresh: freshStories++ })
    nearOf.push(best?.article ?? null)
    similarity.push(best ? Math.round(best.score * 1000) / 1000 : null)
  }
  const newStoryIds = await createStories(trx, freshStories)
  const links = items.map((_, i) => {
    const story = stories[i] as Story
    return {
      storyId: 'id' in story ? story.id : (newStoryIds[story.fresh] as number),
      nearDuplicateOf: nearOf[i] ?? null,
      similarity: similarity[i] ?? null,
    }
  })
  await linkNewArticles(
    trx,
    items.map((p, i) => ({
      articleId: p.articleId,
      ...(links[i] as StoryLink),
      sketchSize: p.hashes.length,
      source: p.source,
      engineVersion: deps.engineVersion,
      hashes: p.hashes,
      facts: p.facts,
      publishedAt: p.published,
    })),
  )
  // remembered even if the transaction rolls back: ids are never reused, so a lookup never meets these again
  items.forEach((p, i) => {
    memo.remember(p.articleId, sets[i] ?? p.hashes, p.facts, p.published)
  })
  return links
}

/** Writes new (not duplicate) articles of one claim; returns their outcomes in input order. */
export async function writeNewArticles(
  trx: Kysely<Database>,
  deps: IngestDeps,
  items: readonly NewArticle[],
): Promise<NewArticleOutcome[]> {
  if (items.length === 0) return []
  const ids = await insertIngestedArticles(
    trx,
    items.map((p) => ({
      slug: `n-${p.hash.slice(0, 20)}`,
      title: p.draft.title,
      outletId: p.outletId,
      publishedAt: p.published,
      byline: p.draft.byline,
      editor: p.draft.editor ?? null,
      sources: p.draft.sources,
      body: p.draft.body,
      canonicalUrl: p.draft.url ?? null,
      script: p.draft.script,
      contentHash: p.hash,
    })),
  )

  const links = await linkStories(
    trx,
    deps,
    items.map((p, i) => ({
      articleId: ids[i] as number,
      hashes: p.hashes,
      facts: p.facts,
      published: new Date(p.published),
      source: p.job.source,
    })),
  )

  // ── events: stored candidates from one query, events created by earlier articles of this claim in memory
  // a new event's canonical JSON is its first mention's (insertEventsWithMentions): the fields need none here
  const facts: EventFields[][] = items.map((p) => p.events.map((e) => ({ ...e.fields, canonical: null })))
  const candidates = await eventCandidatesAny(trx, facts.flat().map(candidateRange))
  type Working = { id?: number | undefined; fields: EventFields; dirty: boolean }
  const pool: Working[] = candidates.map((c) => ({ id: c.id, fields: c, dirty: false }))
  const mentionTargets: Working[][] = []
  const merged: number[] = []
  for (const articleFacts of facts) {
    const used = new Set<Working>()
    const targets: Working[] = []
    let joined = 0
    for (const f of articleFacts) {
      let target: Working | undefined
      for (const w of pool) {
        if (used.has(w) || !sameEvent(w.fields, f)) continue
        if (!target || fitScore(w.fields, f) > fitScore(target.fields, f)) target = w
      }
      if (target) {
        target.fields = { ...refine(target.fields, f), canonical: target.fields.canonical }
        target.dirty = true
        joined++
      } else {
        target = { fields: f, dirty: false }
        pool.push(target)
      }
      used.add(target)
      targets.push(target)
    }
    mentionTargets.push(targets)
    merged.push(joined)
  }
  // new canonical events and every mention in one statement; a new event's JSON is its first mention's
  const created = pool.filter((w) => w.id === undefined)
  const fresh = new Map(created.map((w, k) => [w, k]))
  const createdIds = await insertEventsWithMentions(
    trx,
    created.map((w) => w.fields),
    items.flatMap((p, i) =>
      p.events.map((event, ordinal) => {
        const w = mentionTargets[i]?.[ordinal] as Working
        return {
          event: w.id === undefined ? { fresh: fresh.get(w) as number } : { id: w.id },
          articleId: ids[i] as number,
          ordinal,
          engineVersion: deps.engineVersion,
          json: event.json,
        }
      }),
    ),
  )
  created.forEach((w, k) => {
    w.id = createdIds[k]
  })
  await updateEvents(
    trx,
    pool.flatMap((w) => (w.dirty && !fresh.has(w) && w.id !== undefined ? [{ id: w.id, fields: w.fields }] : [])),
  )
  return items.map((p, i) => {
    const link = links[i] as StoryLink
    return {
      kind: link.nearDuplicateOf == null ? 'stored' : 'near-duplicate',
      articleId: ids[i] as number,
      ...link,
      events: p.events.length,
      merged: merged[i] ?? 0,
    }
  })
}
