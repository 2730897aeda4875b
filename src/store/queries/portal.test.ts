import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LEGS, openTestStore, type TestStore } from '../../../test/support/store-legs.ts'
import {
  addComment,
  consumePasswordReset,
  countVisibleComments,
  createPasswordReset,
  createUser,
  flushViewHits,
  getArticle,
  insertArticle,
  listCommentThreads,
  setCommentStatus,
  toggleReaction,
} from '../index.ts'

const WINDOW = 30 * 60 * 1000
const at = (minutes: number) => new Date(Date.UTC(2024, 0, 1, 0, minutes))

for (const leg of LEGS) {
  describe(`portal queries [${leg}]`, () => {
    let store: TestStore
    let articleId: number
    let userId: number
    beforeAll(async () => {
      store = await openTestStore(leg)
      articleId = (
        await insertArticle(store.db, {
          slug: 'q',
          title: '测试文章',
          publishedAt: '2024-01-01T00:00:00Z',
          body: '正文。',
        })
      ).id
      userId = (await createUser(store.db, { username: 'q-user', passwordHash: 'x' }))?.id ?? 0
    })
    afterAll(async () => {
      await store?.close()
    })

    it('counts a visitor once per window, also when two servers flush overlapping batches at once', async () => {
      const hits = (prefix: string, n: number, minute: number) =>
        Array.from({ length: n }, (_, i) => ({ articleId, visitorHash: `${prefix}${i}`, at: at(minute) }))
      const [a, b] = await Promise.all([
        flushViewHits(store.db, hits('v', 120, 0), WINDOW),
        flushViewHits(store.db, hits('v', 120, 1), WINDOW),
      ])
      expect((a.get(articleId) ?? 0) + (b.get(articleId) ?? 0)).toBe(120)
      expect((await getArticle(store.db, articleId))?.viewCount).toBe(120)
      await flushViewHits(store.db, hits('v', 120, 29), WINDOW)
      expect((await getArticle(store.db, articleId))?.viewCount).toBe(120)
      await flushViewHits(store.db, hits('v', 10, 31), WINDOW)
      expect((await getArticle(store.db, articleId))?.viewCount).toBe(130)
    })

    it('uses a reset token once, even when two requests race', async () => {
      await createPasswordReset(store.db, { userId, tokenHash: 'race', now: at(0), ttlMs: 3_600_000 })
      const results = await Promise.all([
        consumePasswordReset(store.db, { tokenHash: 'race', now: at(1), passwordHash: 'a' }),
        consumePasswordReset(store.db, { tokenHash: 'race', now: at(1), passwordHash: 'b' }),
      ])
      expect(results.filter((r) => r === userId)).toHaveLength(1)
      await createPasswordReset(store.db, { userId, tokenHash: 'old', now: at(0), ttlMs: 3_600_000 })
      expect(await consumePasswordReset(store.db, { tokenHash: 'old', now: at(61), passwordHash: 'c' })).toBeUndefined()
    })

    it('keeps reaction counters equal to the reactions held', async () => {
      const users = await Promise.all(
        Array.from(
          { length: 6 },
          async (_, i) => (await createUser(store.db, { username: `r${i}`, passwordHash: 'x' }))?.id ?? 0,
        ),
      )
      await Promise.all(users.flatMap((u) => [toggleReaction(store.db, { userId: u, articleId, kind: 'favorite' })]))
      await Promise.all(
        users.slice(0, 2).map((u) => toggleReaction(store.db, { userId: u, articleId, kind: 'favorite' })),
      )
      expect((await getArticle(store.db, articleId))?.favoriteCount).toBe(4)
    })

    it('threads replies one level deep and counts what readers see', async () => {
      const top = await addComment(store.db, { articleId, userId, body: '顶层' })
      if (!top.ok) throw new Error('no comment')
      const reply = await addComment(store.db, { articleId, userId, body: '回复', parentId: top.comment.id })
      if (!reply.ok) throw new Error('no reply')
      const deeper = await addComment(store.db, { articleId, userId, body: '再回复', parentId: reply.comment.id })
      expect(deeper.ok && deeper.comment.parentId).toBe(top.comment.id)
      expect(await addComment(store.db, { articleId, userId, body: 'x', parentId: 999_999 })).toEqual({
        ok: false,
        reason: 'no-parent',
      })
      const page = await listCommentThreads(store.db, articleId)
      expect(page.threads.map((t) => [t.comment.body, t.replies.map((r) => r.body)])).toEqual([
        ['顶层', ['回复', '再回复']],
      ])
      expect(await countVisibleComments(store.db, articleId)).toBe(3)
      await setCommentStatus(store.db, { commentId: top.comment.id, status: 'hidden' })
      expect(await countVisibleComments(store.db, articleId)).toBe(0)
      expect((await getArticle(store.db, articleId))?.commentCount).toBe(0)
      expect((await listCommentThreads(store.db, articleId)).threads).toEqual([])
      expect((await listCommentThreads(store.db, articleId, { includeHidden: true })).threads).toHaveLength(1)
      await setCommentStatus(store.db, { commentId: top.comment.id, status: 'visible' })
      expect((await getArticle(store.db, articleId))?.commentCount).toBe(3)
      expect(
        await setCommentStatus(store.db, { commentId: reply.comment.id, status: 'deleted', onlyUserId: userId + 1 }),
      ).toBeUndefined()
    })
  })
}
