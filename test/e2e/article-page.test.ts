import { mkdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readSamples, seedSamples } from '../../src/cli/samples.ts'
import { launchBrowser } from '../support/browser.ts'
import { type LiveServer, startLiveServer } from '../support/live-server.ts'
import { LEGS } from '../support/store-legs.ts'

for (const leg of LEGS) {
  describe(`article page in Chromium [${leg}]`, () => {
    let server: LiveServer
    let browser: Awaited<ReturnType<typeof launchBrowser>>
    beforeAll(async () => {
      server = await startLiveServer(leg)
      await seedSamples(server.store, readSamples())
      browser = await launchBrowser()
    })
    afterAll(async () => {
      await browser?.close()
      await server?.close()
    })

    it('shows every element of the seed page and saves a screenshot', async () => {
      const tour = await server.store.db
        .selectFrom('articles')
        .select(['id', 'title', 'editor'])
        .where('body', 'like', '%## %')
        .where('editor', 'is not', null)
        .orderBy('id')
        .executeTakeFirstOrThrow()
      const page = await browser.context.newPage()
      const response = await page.goto(`${server.url}/a/${tour.id}`)
      expect(response?.status()).toBe(200)
      const visible = async (selector: string) =>
        expect(await page.locator(selector).first().isVisible(), selector).toBe(true)
      await visible('header >> text=登录')
      await visible('header >> text=注册')
      for (const tab of ['热点', '关注', '推荐']) await visible(`nav.tabs >> text=${tab}`)
      expect(await page.locator('h1.title').innerText()).toBe(tour.title)
      await visible('.meta .outlet')
      await visible('.meta time.published')
      await visible('.view-count')
      await visible('.byline')
      await visible('.body h2.section')
      await visible('.body p')
      expect(await page.locator('.editor').innerText()).toContain(`责任编辑:${tour.editor}`)
      await visible('.attribution')
      for (const kind of ['like', 'favorite', 'share', 'comment']) await visible(`.engagement [data-kind="${kind}"]`)
      expect(await page.locator('.comments-heading').innerText()).toMatch(/评论列表\s*共\(0\)条/)
      const views = Number(await page.locator('[data-count="views"]').innerText())
      expect(views).toBeGreaterThan(0)
      mkdirSync('test-results', { recursive: true })
      await page.screenshot({ path: `test-results/article-page-${leg}.png`, fullPage: true })
      await page.close()
    })

    it('shows the 404 page for an unknown article', async () => {
      const page = await browser.context.newPage()
      const response = await page.goto(`${server.url}/a/987654321`)
      expect(response?.status()).toBe(404)
      expect(await page.locator('h1').innerText()).toContain('404')
      await page.close()
    })
  })
}
