import { mkdirSync } from 'node:fs'
import type { FastifyInstance } from 'fastify'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildServer, hashPassword } from '../../src/server/index.ts'
import { insertArticle } from '../../src/store/index.ts'
import { launchBrowser } from '../support/browser.ts'
import { LEGS, openTestStore, type TestStore } from '../support/store-legs.ts'

// Our own words: a short article about a provincial delegation, written for this test.
const ARTICLE = {
  slug: 'e2e-portal-delegation',
  title: '考察团赴江南三市学习园区建设经验',
  subtitle: '两天里走了三个园区',
  outlet: '测试晨报',
  publishedAt: '2024-04-20T08:30:00+08:00',
  byline: ['林一'],
  editor: '王二',
  sources: ['测试晨报'],
  body: '## 行程\n\n4月18日至19日,考察团先后到三市的产业园区学习考察。\n\n## 座谈\n\n19日下午,双方举行座谈会。',
}

const XSS = '<script>alert(1)</script> <img src=x onerror=alert(1)>'
const BROWSER_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36'

for (const leg of LEGS) {
  describe(`portal in Chromium [${leg}]`, () => {
    let store: TestStore
    let app: FastifyInstance
    let url: string
    let articleId: number
    let browser: Awaited<ReturnType<typeof launchBrowser>>
    let page: Page
    let dialogs = 0
    const cspViolations: string[] = []

    beforeAll(async () => {
      store = await openTestStore(leg)
      app = await buildServer({ store, viewFlushMs: 0 })
      await app.listen({ port: 0, host: '127.0.0.1' })
      const address = app.server.address()
      if (address === null || typeof address === 'string') throw new Error('no port')
      url = `http://127.0.0.1:${address.port}`
      articleId = (await insertArticle(store.db, ARTICLE)).id
      await store.db
        .insertInto('users')
        .values({ username: 'editor-e2e', password_hash: await hashPassword('editor password 1'), role: 'editor' })
        .execute()
      browser = await launchBrowser()
      page = await browser.context.newPage()
      page.on('dialog', (dialog) => {
        dialogs++
        void dialog.dismiss()
      })
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) cspViolations.push(message.text())
      })
    })
    afterAll(async () => {
      await browser?.close()
      await app?.close()
      await store?.close()
    })

    const count = async (kind: string) => Number(await page.locator(`.engagement [data-count="${kind}"]`).innerText())
    const total = async () => /共\((\d+)\)条/.exec(await page.locator('.comments-heading').innerText())?.[1]

    it('registers, likes, favourites, comments, replies, sees counts after reload, logs out', async () => {
      await page.goto(`${url}/register`)
      await page.fill('input[name="username"]', '读者一号')
      await page.fill('input[name="email"]', 'reader1@example.com')
      await page.fill('input[name="password"]', 'reader password 1')
      await Promise.all([page.waitForURL(`${url}/`), page.click('form.auth-form button[type="submit"]')])
      expect(await page.locator('header .viewer').innerText()).toBe('读者一号')

      await page.goto(`${url}/a/${articleId}`)
      expect(await count('like')).toBe(0)
      // the enhancement script (loaded with the CSP nonce) updates the counter in place, without navigating
      await page.click('form.reaction[data-kind="like"] button')
      await expect.poll(() => count('like')).toBe(1)
      expect(page.url()).toBe(`${url}/a/${articleId}`)
      await page.click('form.reaction[data-kind="favorite"] button')
      await expect.poll(() => count('favorite')).toBe(1)

      await page.fill('#comment-form textarea', XSS)
      await Promise.all([page.waitForURL(/#c\d+$/), page.click('#comment-form button[type="submit"]')])
      const first = page.locator('.comment-list > li.comment').first()
      expect(await first.locator('.comment-body').innerText()).toBe(XSS)
      expect(await page.locator('.comment-body img, .comment-body script').count()).toBe(0)

      await first.locator('summary').click()
      await first.locator('.reply-form textarea').fill('说得对,补充一句')
      await Promise.all([page.waitForURL(/#c\d+$/), first.locator('.reply-form button[type="submit"]').click()])
      expect(await page.locator('.reply-list .comment-body').innerText()).toBe('说得对,补充一句')

      await page.reload()
      expect(await count('like')).toBe(1)
      expect(await count('favorite')).toBe(1)
      expect(await total()).toBe('2')
      expect(await page.locator('form.reaction[data-kind="like"] button').getAttribute('aria-pressed')).toBe('true')
      expect(dialogs).toBe(0)
      expect(cspViolations).toEqual([])
      mkdirSync('test-results', { recursive: true })
      await page.screenshot({ path: `test-results/portal-article-${leg}.png`, fullPage: true })

      // unlike again: the counter goes back, also after reload
      await page.click('form.reaction[data-kind="like"] button')
      await expect.poll(() => count('like')).toBe(0)
      await page.reload()
      expect(await count('like')).toBe(0)

      await page.goto(`${url}/me`)
      expect(await page.locator('.favorites').innerText()).toContain(ARTICLE.title)
      expect(await page.locator('.my-comments').innerText()).toContain('说得对')

      await Promise.all([page.waitForURL(`${url}/`), page.click('header form.logout button')])
      expect(await page.locator('header .login').isVisible()).toBe(true)
    })

    it('refuses a POST without the CSRF token', async () => {
      await page.goto(`${url}/login`)
      await page.fill('input[name="login"]', 'reader1@example.com')
      await page.fill('input[name="password"]', 'reader password 1')
      await Promise.all([page.waitForURL(`${url}/`), page.click('form.auth-form button[type="submit"]')])
      // the browser's cookies go along, the token does not
      const response = await page.request.post(`${url}/a/${articleId}/like`, {
        form: { nothing: '1' },
        maxRedirects: 0,
      })
      expect(response.status()).toBe(403)
      expect(await response.text()).toContain('ZJ_AUTH_CSRF')
      await page.goto(`${url}/a/${articleId}`)
      expect(await count('like')).toBe(0)
      await Promise.all([page.waitForURL(`${url}/`), page.click('header form.logout button')])
    })

    it('lets an editor hide a comment, which readers then no longer see or count', async () => {
      await page.goto(`${url}/login`)
      await page.fill('input[name="login"]', 'editor-e2e')
      await page.fill('input[name="password"]', 'editor password 1')
      await Promise.all([page.waitForURL(`${url}/`), page.click('form.auth-form button[type="submit"]')])
      await page.goto(`${url}/a/${articleId}`)
      const xss = page.locator('.comment-list > li.comment').first()
      await Promise.all([page.waitForURL(/#c\d+$/), xss.locator('form.hide button').click()])
      expect(await page.locator('.hidden-comment').count()).toBe(1)
      // the hidden comment takes its reply out of the readers' view with it
      expect(await total()).toBe('0')
      await Promise.all([page.waitForURL(`${url}/`), page.click('header form.logout button')])
      await page.goto(`${url}/a/${articleId}`)
      expect(await total()).toBe('0')
      expect(await page.locator('.comment-body', { hasText: 'alert(1)' }).count()).toBe(0)
      expect(await page.locator('.comment-body', { hasText: '补充一句' }).count()).toBe(0)
      expect(dialogs).toBe(0)
    })

    it('switches to English and back', async () => {
      await page.goto(`${url}/a/${articleId}`)
      await page.click('header a.lang')
      expect(await page.locator('nav.tabs').innerText()).toContain('Trending')
      expect(await page.locator('html').getAttribute('lang')).toBe('en')
      await page.click('header a.lang')
      expect(await page.locator('nav.tabs').innerText()).toContain('热点')
    })

    it('ten parallel clients hitting one article 1,000 times yield exactly the expected view count', async () => {
      await app.flushViews()
      const before = Number(
        (
          await store.db
            .selectFrom('articles')
            .select('view_count')
            .where('id', '=', articleId)
            .executeTakeFirstOrThrow()
        ).view_count,
      )
      // each client stands for 50 readers (visitor cookies); each reader opens the article twice within the window,
      // so 1,000 hits are 500 views; a crawler's 100 hits on top count nothing
      const clients = Array.from({ length: 10 }, (_, c) => async () => {
        for (let h = 0; h < 100; h++) {
          const visitor = `e2e-client${c}-reader${String(h % 50).padStart(4, '0')}`
          const res = await fetch(`${url}/a/${articleId}`, {
            headers: { 'user-agent': BROWSER_UA, cookie: `zj_vid=${visitor}` },
          })
          expect(res.status).toBe(200)
          await res.arrayBuffer()
        }
      })
      const crawler = async () => {
        for (let h = 0; h < 100; h++) {
          const res = await fetch(`${url}/a/${articleId}`, {
            headers: { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' },
          })
          await res.arrayBuffer()
        }
      }
      await Promise.all([...clients.map((run) => run()), crawler(), app.flushViews(), app.flushViews()])
      await app.flushViews()
      const after = Number(
        (
          await store.db
            .selectFrom('articles')
            .select('view_count')
            .where('id', '=', articleId)
            .executeTakeFirstOrThrow()
        ).view_count,
      )
      expect(after - before).toBe(500)
      await page.goto(`${url}/a/${articleId}`)
      // the page shows the stored count plus this browser's own (buffered) view
      expect(Number(await page.locator('[data-count="views"]').innerText())).toBe(after + 1)
    }, 300_000)
  })
}
