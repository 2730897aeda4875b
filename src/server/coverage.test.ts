import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LEGS, openTestStore, type TestStore } from '../../test/support/store-legs.ts'
import { extract } from '../extract/index.ts'
import { ingestPaths } from '../ingest/index.ts'
import { buildServer } from './index.ts'

const PAGES = fileURLToPath(new URL('../../test/fixtures/ingest/pages/', import.meta.url))

for (const leg of LEGS) {
  describe(`story coverage on the article page [${leg}]`, () => {
    let store: TestStore
    beforeAll(async () => {
      store = await openTestStore(leg)
      await ingestPaths({ store, extract, engineVersion: 'test', clock: () => new Date('2025-05-01T00:00:00Z') }, [
        PAGES,
      ])
    })
    afterAll(async () => {
      await store?.close()
    })

    it('says how many outlets reported the story and links the other reports', async () => {
      const app = await buildServer({ store, viewFlushMs: 0 })
      try {
        const story = await store.db
          .selectFrom('article_ingest')
          .select(['story_id', (eb) => eb.fn.countAll<string>().as('n')])
          .groupBy('story_id')
          .orderBy('n', 'desc')
          .executeTakeFirstOrThrow()
        const members = await store.db
          .selectFrom('article_ingest')
          .select('article_id')
          .where('story_id', '=', story.story_id)
          .execute()
        const [first, ...others] = members.map((m) => Number(m.article_id))
        const page = (await app.inject({ url: `/a/${first}` })).body
        expect(page).toContain(`${members.length} 家媒体报道`)
        for (const other of others) expect(page).toContain(`href="/a/${other}"`)
        const lone = await store.db
          .selectFrom('article_ingest')
          .select('article_id')
          .where('story_id', '!=', story.story_id)
          .executeTakeFirst()
        if (lone) expect((await app.inject({ url: `/a/${lone.article_id}` })).body).not.toContain('家媒体报道')
      } finally {
        await app.close()
      }
    })
  })
}
