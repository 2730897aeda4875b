import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LEGS, openTestStore, type TestStore } from '../../test/support/store-legs.ts'
import { insertArticle } from '../store/index.ts'
import { buildServer } from './index.ts'

const body = [
  '## 行程',
  '10月16日,考察团到上海市学习考察,当天召开合作交流座谈会。',
  '## 协议',
  '双方签署战略合作框架协议。',
].join('\n\n')

for (const leg of LEGS) {
  describe(`article page [${leg}]`, () => {
    let store: TestStore
    let app: FastifyInstance
    let id: number
    beforeAll(async () => {
      store = await openTestStore(leg)
      app = await buildServer({ store, viewFlushMs: 0 })
      id = (
        await insertArticle(store.db, {
          slug: 'tour',
          title: '考察团南下学习考察',
          outlet: '示例晚报',
          publishedAt: '2023-11-12T21:33:01+08:00',
          byline: ['赵一'],
          editor: '钱二',
          sources: ['各省党报', '新华社'],
          body,
        })
      ).id
      const user = await store.db
        .insertInto('users')
        .values({ username: 'reader1', password_hash: 'x' })
        .returning('id')
        .executeTakeFirstOrThrow()
      await store.db
        .insertInto('comments')
        .values([
          { article_id: id, user_id: user.id, body: '行程真紧凑' },
          { article_id: id, user_id: user.id, body: '<b>粗体</b>', status: 'visible' },
          { article_id: id, user_id: user.id, body: '已隐藏', status: 'hidden' },
        ])
        .execute()
    })
    afterAll(async () => {
      await app?.close()
      await store?.close()
    })

    it('shows every element of a portal article page', async () => {
      const res = await app.inject({ url: `/a/${id}` })
      expect(res.statusCode).toBe(200)
      expect(res.headers['content-type']).toContain('text/html')
      const page = res.body
      for (const text of [
        '登录',
        '注册',
        '热点',
        '关注',
        '推荐',
        '考察团南下学习考察',
        '示例晚报',
        '2023-11-12 21:33:01',
      ]) {
        expect(page).toContain(text)
      }
      expect(page).toContain('撰文 | 赵一')
      expect(page).toContain('<h2 class="section">行程</h2>')
      expect(page).toContain('责任编辑:钱二')
      expect(page).toContain('资料 | 各省党报 新华社')
      expect(page).toContain('评论列表 <span class="comment-total">共(2)条</span>')
      expect(page).toContain('行程真紧凑')
      expect(page).not.toContain('已隐藏')
      expect(page).toContain('&lt;b&gt;粗体&lt;/b&gt;')
    })

    it('counts views in the database once flushed', async () => {
      await app.flushViews()
      const before = await store.db
        .selectFrom('articles')
        .select('view_count')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
      const ua = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0' }
      await app.inject({ url: `/a/${id}`, headers: ua })
      await app.inject({ url: `/a/${id}`, headers: ua })
      await app.flushViews()
      const after = await store.db
        .selectFrom('articles')
        .select('view_count')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
      expect(Number(after.view_count)).toBe(Number(before.view_count) + 2)
    })

    it('answers unknown and malformed ids with the 404 page', async () => {
      for (const url of ['/a/999999', '/a/abc', '/a/1e5', '/nowhere']) {
        const res = await app.inject({ url })
        expect(res.statusCode, url).toBe(404)
        expect(res.body).toContain('404 页面不存在')
      }
    })

    it('lists articles on the front page and reports health', async () => {
      const home = await app.inject({ url: '/' })
      expect(home.body).toContain(`href="/a/${id}"`)
      const health = await app.inject({ url: '/healthz' })
      expect(health.json()).toEqual({ ok: true, store: leg })
    })
  })
}
