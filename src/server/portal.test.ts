import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { LEGS, openTestStore, type TestStore } from '../../test/support/store-legs.ts'
import { insertArticle, listAudit, listOutbox } from '../store/index.ts'
import { buildServer } from './index.ts'
import { hashPassword } from './passwords.ts'
import { isBot } from './plugins/views.ts'
import { TestClient } from './test-client.ts'

const FAST = { memoryCost: 1024, timeCost: 1 }

const story = {
  slug: 'portal-story',
  title: '调研组赴滇考察边境贸易',
  outlet: '边城晨报',
  publishedAt: '2024-03-05T09:00:00+08:00',
  byline: ['孙小雨'],
  editor: '周编辑',
  sources: ['本报记者'],
  body: '## 行程\n\n3月4日,调研组到瑞丽口岸考察边境贸易。',
}

async function makeUser(store: TestStore, username: string, role: 'reader' | 'editor' | 'admin') {
  return store.db
    .insertInto('users')
    .values({ username, password_hash: await hashPassword('correct horse 1', FAST), role })
    .returning('id')
    .executeTakeFirstOrThrow()
}

for (const leg of LEGS) {
  describe(`portal [${leg}]`, () => {
    let store: TestStore
    let app: FastifyInstance
    let articleId: number
    let outletId: number
    const saved = vi.fn()
    beforeAll(async () => {
      store = await openTestStore(leg)
      app = await buildServer({
        store,
        viewFlushMs: 0,
        passwordHashing: FAST,
        authRateLimit: { max: 30, windowMs: 60_000 },
        onArticleSaved: saved,
      })
      articleId = (await insertArticle(store.db, story)).id
      const row = await store.db
        .selectFrom('articles')
        .select('outlet_id')
        .where('id', '=', articleId)
        .executeTakeFirstOrThrow()
      outletId = row.outlet_id ?? 0
      await makeUser(store, 'editor1', 'editor')
      await makeUser(store, 'admin1', 'admin')
    })
    afterAll(async () => {
      await app?.close()
      await store?.close()
    })

    describe('accounts and security', () => {
      it('registers, stores an argon2id hash, logs in by username or e-mail, logs out', async () => {
        const c = new TestClient(app)
        const res = await c.register('读者甲', 'a long secret 1', 'Jia@Example.com')
        expect(res.statusCode).toBe(303)
        expect((await c.get('/')).body).toContain('读者甲')
        const user = await store.db
          .selectFrom('users')
          .selectAll()
          .where('username', '=', '读者甲')
          .executeTakeFirstOrThrow()
        expect(user.password_hash).toMatch(/^\$argon2id\$/)
        expect(user.email).toBe('jia@example.com')
        expect(user.role).toBe('reader')
        expect((await c.post('/logout')).statusCode).toBe(303)
        expect((await c.get('/')).body).not.toContain('读者甲')
        const byEmail = await c.login('JIA@example.com', 'a long secret 1')
        expect(byEmail.statusCode).toBe(303)
        expect((await c.get('/me')).body).toContain('读者甲')
      })

      it('gives the same answer for an unknown user and a wrong password', async () => {
        const c = new TestClient(app)
        await c.register('reader2')
        await c.post('/logout')
        const a = new TestClient(app)
        await a.get('/login')
        const unknown = await a.post('/login', { login: 'nobody-here', password: 'whatever 123' })
        const wrong = await a.post('/login', { login: 'reader2', password: 'whatever 123' })
        expect(unknown.statusCode).toBe(401)
        expect(wrong.statusCode).toBe(401)
        const strip = (s: string) => s.replace(/(value|content|nonce)="[^"]*"/g, '')
        expect(strip(unknown.body)).toEqual(strip(wrong.body))
        expect(unknown.body).toContain('用户名或密码错误')
      })

      it('rotates the session at login and ends it at logout', async () => {
        const c = new TestClient(app)
        await c.register('rotator')
        const first = c.cookies.get('zj_session')
        await c.login('rotator')
        const second = c.cookies.get('zj_session')
        expect(second).toBeDefined()
        expect(second).not.toBe(first)
        const stale = await app.inject({ url: '/me', headers: { cookie: `zj_session=${first}` } })
        expect(stale.statusCode).toBe(302)
        await c.post('/logout')
        const after = await app.inject({ url: '/me', headers: { cookie: `zj_session=${second}` } })
        expect(after.statusCode).toBe(302)
      })

      it('sets the session cookie httpOnly and SameSite=Lax, and Secure behind HTTPS', async () => {
        const c = new TestClient(app, { 'user-agent': 'Mozilla/5.0 Test', 'x-forwarded-proto': 'https' })
        await c.get('/register')
        const res = await c.post('/register', { username: 'secure1', password: 'correct horse 1' })
        const cookie = res.cookies.find((x) => x.name === 'zj_session')
        expect(cookie?.httpOnly).toBe(true)
        expect(cookie?.sameSite).toBe('Lax')
        expect(cookie?.secure).toBe(true)
        const plain = new TestClient(app)
        await plain.get('/register')
        const r2 = await plain.post('/register', { username: 'plain1', password: 'correct horse 1' })
        expect(r2.cookies.find((x) => x.name === 'zj_session')?.secure).toBeFalsy()
      })

      it('refuses a POST without the CSRF token, and with a wrong one', async () => {
        const c = new TestClient(app)
        await c.register('csrf-victim')
        const none = await c.post(`/a/${articleId}/like`, {}, { csrf: false })
        expect(none.statusCode).toBe(403)
        expect(none.body).toContain('ZJ_AUTH_CSRF')
        const wrong = await c.post(`/a/${articleId}/like`, { _csrf: 'x'.repeat(32) })
        expect(wrong.statusCode).toBe(403)
        const json = await c.post(
          `/a/${articleId}/comments`,
          { body: 'hi' },
          { csrf: false, headers: { accept: 'application/json' } },
        )
        expect(json.json()).toMatchObject({ code: 'ZJ_AUTH_CSRF' })
        const anonymous = await app.inject({
          method: 'POST',
          url: '/login',
          payload: 'login=a&password=b',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        })
        expect(anonymous.statusCode).toBe(403)
        const row = await store.db
          .selectFrom('articles')
          .select('like_count')
          .where('id', '=', articleId)
          .executeTakeFirstOrThrow()
        expect(row.like_count).toBe(0)
      })

      it('rejects bad usernames, bad e-mails, short passwords and taken names', async () => {
        const c = new TestClient(app)
        await c.get('/register')
        expect((await c.post('/register', { username: 'a', password: 'correct horse 1' })).statusCode).toBe(400)
        expect(
          (await c.post('/register', { username: 'ok-name', email: 'nope', password: 'correct horse 1' })).statusCode,
        ).toBe(400)
        expect((await c.post('/register', { username: 'ok-name', password: 'short' })).statusCode).toBe(400)
        expect((await c.post('/register', { username: '<script>', password: 'correct horse 1' })).statusCode).toBe(400)
        expect((await c.post('/register', { username: 'editor1', password: 'correct horse 1' })).statusCode).toBe(409)
      })

      it('sends security headers with a nonce CSP and puts the nonce on the only script', async () => {
        const res = await app.inject({ url: `/a/${articleId}` })
        const csp = String(res.headers['content-security-policy'])
        const nonce = /'nonce-([0-9a-f]+)'/.exec(csp)?.[1]
        expect(nonce).toBeDefined()
        expect(csp).toContain("object-src 'none'")
        expect(csp).toContain("frame-ancestors 'none'")
        expect(csp).not.toContain('unsafe-inline')
        expect(res.headers['x-content-type-options']).toBe('nosniff')
        const scripts = [...res.body.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])
        expect(scripts).toEqual([`<script src="/assets/site.js" nonce="${nonce}" defer>`])
        expect((await app.inject({ url: '/assets/site.js' })).statusCode).toBe(200)
      })

      it('resets a password with a single-use token from the outbox', async () => {
        const c = new TestClient(app)
        await c.register('forgetful', 'old password 1', 'forget@example.com')
        await c.post('/logout')
        const a = new TestClient(app)
        await a.get('/reset')
        const asked = await a.post('/reset', { login: 'forget@example.com' })
        const unknown = await a.post('/reset', { login: 'nobody@example.com' })
        expect(asked.statusCode).toBe(200)
        expect(unknown.body.replace(/(value|content|nonce)="[^"]*"/g, '')).toBe(
          asked.body.replace(/(value|content|nonce)="[^"]*"/g, ''),
        )
        const [mail] = await listOutbox(store.db, { recipient: 'forget@example.com' })
        const path = /\/reset\/([\w-]+)/.exec(mail?.body ?? '')?.[0]
        expect(path).toBeDefined()
        expect((await a.get(path ?? '')).statusCode).toBe(200)
        expect((await a.post(path ?? '', { password: 'new password 2' })).statusCode).toBe(200)
        expect((await a.post(path ?? '', { password: 'third password 3' })).statusCode).toBe(400)
        expect((await a.login('forgetful', 'old password 1')).statusCode).toBe(401)
        expect((await a.login('forgetful', 'new password 2')).statusCode).toBe(303)
      })

      it('refuses an expired reset token', async () => {
        let now = new Date('2024-01-01T00:00:00Z')
        const app2 = await buildServer({ store, viewFlushMs: 0, passwordHashing: FAST, clock: { now: () => now } })
        try {
          const c = new TestClient(app2)
          await c.register('late-reader', 'old password 1', 'late@example.com')
          await c.post('/logout')
          await c.get('/reset')
          await c.post('/reset', { login: 'late@example.com' })
          const [mail] = await listOutbox(store.db, { recipient: 'late@example.com' })
          const path = /\/reset\/([\w-]+)/.exec(mail?.body ?? '')?.[0] ?? ''
          now = new Date('2024-01-01T01:00:01Z')
          expect((await c.get(path)).statusCode).toBe(400)
          expect((await c.post(path, { password: 'new password 2' })).statusCode).toBe(400)
        } finally {
          await app2.close()
        }
      })

      it('limits login attempts per client address', async () => {
        const app2 = await buildServer({
          store,
          viewFlushMs: 0,
          passwordHashing: FAST,
          authRateLimit: { max: 3, windowMs: 60_000 },
        })
        try {
          const c = new TestClient(app2)
          await c.get('/login')
          const codes: number[] = []
          for (let i = 0; i < 5; i++) codes.push((await c.post('/login', { login: 'x', password: 'y' })).statusCode)
          expect(codes).toEqual([401, 401, 401, 429, 429])
          const limited = await c.post('/login', { login: 'x', password: 'y' })
          expect(limited.body).toContain('ZJ_AUTH_RATE_LIMITED')
        } finally {
          await app2.close()
        }
      })
    })

    describe('reading and engaging', () => {
      it('toggles likes and favourites, counts a share once per user, and shows it after reload', async () => {
        const c = new TestClient(app)
        await c.register('liker')
        await c.get(`/a/${articleId}`)
        expect((await c.post(`/a/${articleId}/like`)).statusCode).toBe(303)
        let page = (await c.get(`/a/${articleId}`)).body
        expect(page).toMatch(/data-count="like">1</)
        const off = await c.post(`/a/${articleId}/like`, {}, { headers: { accept: 'application/json' } })
        expect(off.json()).toEqual({ kind: 'like', active: false, count: 0 })
        await c.post(`/a/${articleId}/favorite`)
        await c.post(`/a/${articleId}/share`)
        await c.post(`/a/${articleId}/share`)
        page = (await c.get(`/a/${articleId}`)).body
        expect(page).toMatch(/data-count="like">0</)
        expect(page).toMatch(/data-count="favorite">1</)
        expect(page).toMatch(/data-count="share">1</)
        expect((await c.get('/me')).body).toContain(story.title)
        await c.post(`/a/${articleId}/favorite`)
      })

      it('keeps counters exact when many users toggle at once', async () => {
        const clients = await Promise.all(
          Array.from({ length: 8 }, async (_, i) => {
            const c = new TestClient(app)
            await c.register(`crowd${i}`)
            return c
          }),
        )
        await Promise.all(clients.map((c) => c.post(`/a/${articleId}/like`)))
        await Promise.all(clients.slice(0, 3).map((c) => c.post(`/a/${articleId}/like`)))
        const row = await store.db
          .selectFrom('articles')
          .select('like_count')
          .where('id', '=', articleId)
          .executeTakeFirstOrThrow()
        const held = await store.db
          .selectFrom('reactions')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('article_id', '=', articleId)
          .where('kind', '=', 'like')
          .executeTakeFirstOrThrow()
        expect(row.like_count).toBe(5)
        expect(Number(held.n)).toBe(5)
      })

      it('asks anonymous readers to log in instead of reacting', async () => {
        const c = new TestClient(app)
        await c.get(`/a/${articleId}`)
        const res = await c.post(`/a/${articleId}/like`)
        expect(res.statusCode).toBe(401)
        expect(res.body).toContain('ZJ_AUTH_REQUIRED')
      })

      it('posts comments as plain text, replies one level, deletes own, reports, and counts visible ones', async () => {
        const a = new TestClient(app)
        await a.register('commenter')
        const b = new TestClient(app)
        await b.register('replier')
        await a.get(`/a/${articleId}`)
        const evil = '<script>alert(1)</script> <img src=x onerror=alert(1)>'
        expect((await a.post(`/a/${articleId}/comments`, { body: evil })).statusCode).toBe(303)
        let page = (await a.get(`/a/${articleId}`)).body
        expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;')
        expect(page).not.toContain('<img src=x')
        expect(page).toContain('共(1)条')
        const first = await store.db.selectFrom('comments').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow()
        await b.get(`/a/${articleId}`)
        await b.post(`/a/${articleId}/comments`, { body: '同意\n第二行', parent_id: String(first.id) })
        const reply = await store.db.selectFrom('comments').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow()
        expect(Number(reply.parent_id)).toBe(Number(first.id))
        // a reply to a reply attaches to the top-level comment
        await a.post(`/a/${articleId}/comments`, { body: '再回复', parent_id: String(reply.id) })
        const nested = await store.db.selectFrom('comments').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow()
        expect(Number(nested.parent_id)).toBe(Number(first.id))
        page = (await b.get(`/a/${articleId}`)).body
        expect(page).toContain('共(3)条')
        expect(page).toContain('同意<br />第二行')
        // b cannot delete a's comment; a can
        expect((await b.post(`/comments/${nested.id}/delete`)).statusCode).toBe(404)
        expect((await a.post(`/comments/${nested.id}/delete`)).statusCode).toBe(303)
        expect((await a.get(`/a/${articleId}`)).body).toContain('共(2)条')
        expect((await b.post(`/comments/${first.id}/report`)).statusCode).toBe(303)
        const reports = await store.db.selectFrom('comment_reports').selectAll().execute()
        expect(reports).toHaveLength(1)
        const articleRow = await store.db
          .selectFrom('articles')
          .select('comment_count')
          .where('id', '=', articleId)
          .executeTakeFirstOrThrow()
        expect(articleRow.comment_count).toBe(2)
      })

      it('refuses empty and over-long comments', async () => {
        const c = new TestClient(app)
        await c.register('wordy')
        const before = await store.db
          .selectFrom('comments')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
        const empty = await c.post(`/a/${articleId}/comments`, { body: '  \u0000 ' })
        expect(empty.headers.location).toContain('notice=empty')
        const long = await c.post(`/a/${articleId}/comments`, { body: '长'.repeat(2001) })
        expect(long.headers.location).toContain('notice=too-long')
        const after = await store.db
          .selectFrom('comments')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
        expect(after.n).toBe(before.n)
      })

      it('lets editors hide and restore a comment (audited), and not readers', async () => {
        const r = new TestClient(app)
        await r.register('talker')
        await r.post(`/a/${articleId}/comments`, { body: '这条会被隐藏' })
        const c = await store.db.selectFrom('comments').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow()
        expect((await r.post(`/comments/${c.id}/hide`)).statusCode).toBe(403)
        const e = new TestClient(app)
        await e.login('editor1')
        const count = async () => /共\((\d+)\)条/.exec((await r.get(`/a/${articleId}`)).body)?.[1]
        const shown = await count()
        expect((await e.post(`/comments/${c.id}/hide`)).statusCode).toBe(303)
        expect(Number(await count())).toBe(Number(shown) - 1)
        expect((await r.get(`/a/${articleId}`)).body).not.toContain('这条会被隐藏')
        const editorView = (await e.get(`/a/${articleId}`)).body
        expect(editorView).toContain('这条会被隐藏')
        expect(editorView).toContain(`/comments/${c.id}/restore`)
        expect((await e.get('/editor/moderation')).body).toContain('这条会被隐藏')
        await e.post(`/comments/${c.id}/restore`)
        expect(await count()).toBe(shown)
        const log = await listAudit(store.db, { targetKind: 'comment', targetId: Number(c.id) })
        expect(log.map((l) => l.action)).toEqual(['comment.restore', 'comment.hide'])
      })

      it('paginates top-level comments', async () => {
        const app2 = await buildServer({ store, viewFlushMs: 0, passwordHashing: FAST })
        try {
          const id = (await insertArticle(store.db, { ...story, slug: 'paginated', title: '分页测试' })).id
          const c = new TestClient(app2)
          await c.register('prolific')
          for (let i = 1; i <= 23; i++) await c.post(`/a/${id}/comments`, { body: `第${i}条评论` })
          const p1 = (await c.get(`/a/${id}`)).body
          expect(p1).toContain('共(23)条')
          expect(p1).toContain('第20条评论')
          expect(p1).not.toContain('第21条评论')
          expect(p1).toContain('第 1 / 2 页')
          const p2 = (await c.get(`/a/${id}?cpage=2`)).body
          expect(p2).toContain('第23条评论')
          expect(p2).not.toContain('第1条评论<')
        } finally {
          await app2.close()
        }
      })

      it('follows an outlet from the article page and shows it in 关注 and on my page', async () => {
        const other = (
          await insertArticle(store.db, { ...story, slug: 'other-outlet', outlet: '别处日报', title: '别处的新闻' })
        ).id
        const c = new TestClient(app)
        await c.register('follower')
        expect((await c.get('/?tab=following')).body).not.toContain(story.title)
        const page = (await c.get(`/a/${articleId}`)).body
        expect(page).toContain(`/outlets/${outletId}/follow`)
        await c.post(`/outlets/${outletId}/follow`, { back: `/a/${articleId}` })
        const feed = (await c.get('/?tab=following')).body
        expect(feed).toContain(story.title)
        expect(feed).not.toContain('别处的新闻')
        expect((await c.get('/me')).body).toContain(story.outlet)
        await c.post(`/outlets/${outletId}/follow`, { back: '/me' })
        expect((await c.get('/?tab=following')).body).not.toContain(story.title)
        expect(other).toBeGreaterThan(0)
      })

      it('recommends what the reader has not read yet', async () => {
        const fresh = (await insertArticle(store.db, { ...story, slug: 'unread-one', title: '尚未读过的一篇' })).id
        const c = new TestClient(app)
        await c.register('recommendee')
        expect((await c.get('/?tab=recommended')).body).toContain('尚未读过的一篇')
        await c.get(`/a/${fresh}`)
        await app.flushViews()
        expect((await c.get('/?tab=recommended')).body).not.toContain('尚未读过的一篇')
        expect((await c.get('/?tab=hot')).body).toContain('尚未读过的一篇')
      })
    })

    describe('view counts', () => {
      it('counts once per visitor per 30 minutes, excludes bots, across two app servers', async () => {
        let now = new Date('2024-06-01T08:00:00Z')
        const clock = { now: () => now }
        const id = (await insertArticle(store.db, { ...story, slug: 'viewed' })).id
        const one = await buildServer({ store, viewFlushMs: 0, clock })
        const two = await buildServer({ store, viewFlushMs: 0, clock })
        const ua = 'Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0'
        const hit = (server: FastifyInstance, vid: string, agent = ua) =>
          server.inject({ url: `/a/${id}`, headers: { 'user-agent': agent, cookie: `zj_vid=${vid}` } })
        const views = async () =>
          Number(
            (await store.db.selectFrom('articles').select('view_count').where('id', '=', id).executeTakeFirstOrThrow())
              .view_count,
          )
        try {
          await hit(one, 'visitor-aaaaaaaaaaaaaaaa')
          await hit(two, 'visitor-aaaaaaaaaaaaaaaa')
          await hit(one, 'visitor-bbbbbbbbbbbbbbbb')
          await hit(one, 'visitor-bbbbbbbbbbbbbbbb')
          await hit(one, 'crawler-cccccccccccccccc', 'Mozilla/5.0 (compatible; Googlebot/2.1)')
          await hit(two, 'crawler-dddddddddddddddd', 'curl/8.5.0')
          await Promise.all([one.flushViews(), two.flushViews()])
          expect(await views()).toBe(2)
          now = new Date('2024-06-01T08:29:00Z')
          await hit(two, 'visitor-aaaaaaaaaaaaaaaa')
          await two.flushViews()
          expect(await views()).toBe(2)
          now = new Date('2024-06-01T08:31:00Z')
          await hit(one, 'visitor-aaaaaaaaaaaaaaaa')
          await hit(two, 'visitor-bbbbbbbbbbbbbbbb')
          await Promise.all([one.flushViews(), two.flushViews()])
          expect(await views()).toBe(4)
          // a graceful shutdown flushes what is buffered
          now = new Date('2024-06-01T09:30:00Z')
          await hit(one, 'visitor-eeeeeeeeeeeeeeee')
          expect(one.views.size).toBe(1)
          await one.close()
          expect(await views()).toBe(5)
        } finally {
          await one.close()
          await two.close()
        }
      })

      it('never loses an increment under concurrent hits', async () => {
        const id = (await insertArticle(store.db, { ...story, slug: 'busy' })).id
        const server = await buildServer({ store, viewFlushMs: 0 })
        try {
          const ua = 'Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0'
          const hits = Array.from({ length: 300 }, (_, i) =>
            server.inject({
              url: `/a/${id}`,
              headers: { 'user-agent': ua, cookie: `zj_vid=concurrent-${String(i % 150).padStart(12, '0')}` },
            }),
          )
          // flush while hits are still arriving
          const flushes = [server.flushViews(), server.flushViews()]
          await Promise.all([...hits, ...flushes])
          await server.flushViews()
          const row = await store.db
            .selectFrom('articles')
            .select('view_count')
            .where('id', '=', id)
            .executeTakeFirstOrThrow()
          expect(Number(row.view_count)).toBe(150)
        } finally {
          await server.close()
        }
      })

      it('recognises bots by user agent', () => {
        expect(isBot('Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)')).toBe(true)
        expect(isBot('Baiduspider+(+http://www.baidu.com/search/spider.htm)')).toBe(true)
        expect(isBot(undefined)).toBe(true)
        expect(
          isBot(
            'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 MicroMessenger/8.0',
          ),
        ).toBe(false)
        expect(isBot('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/120.0 Safari/537.36')).toBe(
          false,
        )
      })
    })

    describe('editing', () => {
      it('lets editors create a draft, publish, edit and unpublish, audited, calling onArticleSaved each time', async () => {
        const reader = new TestClient(app)
        await reader.register('nosy')
        expect((await reader.get('/editor')).statusCode).toBe(403)
        const e = new TestClient(app)
        await e.login('editor1')
        await e.get('/editor/new')
        saved.mockClear()
        const form = {
          title: '新建的稿件',
          subtitle: '副标题',
          outlet: '编辑部日报',
          publishedAt: '2024-05-01 09:30',
          byline: '甲 乙',
          editor: '丙',
          sources: '新华社、本报',
          body: '## 小标题\n\n第一段。',
          intent: 'save',
        }
        const created = await e.post('/editor/articles', form)
        expect(created.statusCode).toBe(303)
        const id = Number(/\/editor\/articles\/(\d+)/.exec(String(created.headers.location))?.[1])
        expect(saved).toHaveBeenLastCalledWith(id)
        expect((await reader.get(`/a/${id}`)).statusCode).toBe(404)
        expect((await e.get(`/a/${id}`)).body).toContain('草稿')
        await e.get(`/editor/articles/${id}`)
        await e.post(`/editor/articles/${id}`, { ...form, intent: 'publish' })
        const published = (await reader.get(`/a/${id}`)).body
        expect(published).toContain('新建的稿件')
        expect(published).toContain('撰文 | 甲 乙')
        expect(published).toContain('资料 | 新华社 本报')
        expect(published).toContain('2024-05-01 09:30:00')
        await e.post(`/editor/articles/${id}`, { ...form, title: '改过的标题', intent: 'save' })
        expect((await reader.get(`/a/${id}`)).body).toContain('改过的标题')
        await e.post(`/editor/articles/${id}`, { intent: 'unpublish' })
        expect((await reader.get(`/a/${id}`)).statusCode).toBe(404)
        expect(saved).toHaveBeenCalledTimes(4)
        const log = await listAudit(store.db, { targetKind: 'article', targetId: id })
        expect(log.map((l) => l.action)).toEqual([
          'article.unpublish',
          'article.update',
          'article.publish',
          'article.update',
          'article.create',
        ])
        expect(log[1]?.detail).toEqual({ changed: ['title'] })
        expect((await e.get(`/editor/articles/${id}`)).body).toContain('article.unpublish')
        const bad = await e.post('/editor/articles', { ...form, title: '', publishedAt: 'yesterday' })
        expect(bad.statusCode).toBe(400)
      })

      it('keeps the save when onArticleSaved fails', async () => {
        const failing = vi.fn(async () => {
          throw new Error('engine down')
        })
        const app2 = await buildServer({ store, viewFlushMs: 0, passwordHashing: FAST, onArticleSaved: failing })
        try {
          const e = new TestClient(app2)
          await e.login('editor1')
          const res = await e.post('/editor/articles', {
            title: 't',
            publishedAt: '2024-05-01 09:30',
            body: 'b',
            intent: 'publish',
          })
          expect(res.statusCode).toBe(303)
          expect(failing).toHaveBeenCalledOnce()
        } finally {
          await app2.close()
        }
      })

      it('lets an admin change roles, audited', async () => {
        const u = new TestClient(app)
        await u.register('promoted')
        const row = await store.db
          .selectFrom('users')
          .select('id')
          .where('username', '=', 'promoted')
          .executeTakeFirstOrThrow()
        expect((await u.post(`/admin/users/${row.id}/role`, { role: 'admin' })).statusCode).toBe(403)
        const a = new TestClient(app)
        await a.login('admin1')
        expect((await a.get('/admin/users')).body).toContain('promoted')
        expect((await a.post(`/admin/users/${row.id}/role`, { role: 'editor' })).statusCode).toBe(303)
        await u.get('/')
        expect((await u.get('/editor')).statusCode).toBe(200)
        expect((await listAudit(store.db, { targetKind: 'user' }))[0]?.detail).toEqual({ role: 'editor' })
      })
    })

    describe('languages', () => {
      it('speaks zh-CN by default, English by Accept-Language or the switch', async () => {
        expect((await app.inject({ url: '/' })).body).toContain('<html lang="zh-CN">')
        const en = await app.inject({ url: `/a/${articleId}`, headers: { 'accept-language': 'en-US,en;q=0.9' } })
        expect(en.body).toContain('<html lang="en">')
        expect(en.body).toContain('Comments')
        expect(en.body).toContain('Log in')
        const c = new TestClient(app)
        const sw = await c.get(`/lang?to=en&back=/a/${articleId}`)
        expect(sw.statusCode).toBe(302)
        expect(sw.headers.location).toBe(`/a/${articleId}`)
        expect((await c.get('/')).body).toContain('Trending')
        await c.get('/lang?to=zh-CN&back=//evil.example')
        const back = await c.get('/', { 'accept-language': 'en' })
        expect(back.body).toContain('热点')
      })
    })
  })
}
