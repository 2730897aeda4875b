import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LEGS, openTestStore, type TestStore } from '../../../test/support/store-legs.ts'
import { getArticle, insertArticle, type Store } from '../../store/index.ts'
import { ViewCounter } from './views.ts'

for (const leg of LEGS) {
  describe(`ViewCounter [${leg}]`, () => {
    let store: TestStore
    beforeAll(async () => {
      store = await openTestStore(leg)
    })
    afterAll(async () => {
      await store?.close()
    })

    it('keeps the hits of a failed flush and writes them with the next one', async () => {
      const id = (
        await insertArticle(store.db, { slug: 'vc', title: '计数', publishedAt: '2024-01-01T00:00:00Z', body: '正文' })
      ).id
      let broken = true
      const failing = {
        transaction: () => ({
          execute: async () => {
            throw new Error('database away')
          },
        }),
      } as unknown as Store['db']
      const deps = {
        get store(): Store {
          return broken ? { ...store, db: failing } : store
        },
      }
      const errors: unknown[] = []
      const counter = new ViewCounter(deps, (e) => errors.push(e))
      expect(counter.hit(id, 'visitor-one-aaaaaaaa')).toBe(true)
      expect(counter.hit(id, 'visitor-one-aaaaaaaa')).toBe(false)
      counter.hit(id, 'visitor-two-bbbbbbbb')
      expect(counter.pending(id)).toBe(2)
      await expect(counter.flush()).rejects.toThrow('database away')
      expect(errors).toHaveLength(1)
      expect(counter.size).toBe(2)
      counter.hit(id, 'visitor-three-cccccc')
      broken = false
      const added = await counter.flush()
      expect(added.get(id)).toBe(3)
      expect(counter.size).toBe(0)
      expect((await getArticle(store.db, id))?.viewCount).toBe(3)
    })
  })
}
