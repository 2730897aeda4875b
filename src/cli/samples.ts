// Loads the bundled sample articles (samples/articles.json) into a store, once.
import { readFileSync } from 'node:fs'
import { type ArticleInput, insertArticle, type Store } from '../store/index.ts'

export const SAMPLES_FILE = new URL('../../samples/articles.json', import.meta.url)

interface SampleArticle {
  slug: string
  title: string
  subtitle?: string
  outlet: string
  outletUrl?: string
  publishedAt: string
  byline?: string[]
  editor?: string
  sources?: string[]
  canonicalUrl?: string
  script?: 'hans' | 'hant'
  body: string
}

export function readSamples(file: URL = SAMPLES_FILE): ArticleInput[] {
  const items = JSON.parse(readFileSync(file, 'utf8')) as SampleArticle[]
  return items.map((s) => ({
    slug: s.slug,
    title: s.title,
    subtitle: s.subtitle,
    outlet: s.outlet,
    outletUrl: s.outletUrl,
    publishedAt: s.publishedAt,
    byline: s.byline,
    editor: s.editor,
    sources: s.sources,
    canonicalUrl: s.canonicalUrl,
    script: s.script,
    body: s.body,
  }))
}

export async function seedSamples(store: Store, samples: readonly ArticleInput[] = readSamples()): Promise<number> {
  let created = 0
  for (const sample of samples) {
    if ((await insertArticle(store.db, sample)).created) created++
  }
  return created
}

export async function isEmpty(store: Store): Promise<boolean> {
  const row = await store.db.selectFrom('articles').select('id').limit(1).executeTakeFirst()
  return row === undefined
}
