import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LEGS, openTestStore, type TestStore } from '../../test/support/store-legs.ts'
import {
  addViews,
  countVisibleComments,
  createStore,
  getArticle,
  insertArticle,
  latestVersion,
  listArticles,
  listComments,
  migrate,
  StoreError,
  schemaVersion,
} from './index.ts'

const article = {
  slug: 'sample-tour',
  title: '代表团赴沪学习考察',
  outlet: '示例日报',
  publishedAt: '2023-11-12T21:33:00+08:00',
  byline: ['王小明'],
  editor: '李编辑',
  sources: ['各省党报'],
  body: '## 行程\n\n10月16日,代表团到上海市学习考察。',
}

for (const leg of LEGS) {
  describe(`store [${leg}]`, () => {
    let store: TestStore
    beforeAll(async () => {
      store = await openTestStore(leg)
    })
    afterAll(async () => {
      await store?.close()
    })

    it('migrates to the latest version and a second run applies nothing', async () => {
      expect(await schemaVersion(store.db)).toBe(latestVersion())
      const again = await migrate(store.db)
      expect(again.applied).toEqual([])
    })

    it('stores an article with its outlet, byline, editor and sources, and reads it back', async () => {
      const { id, created } = await insertArticle(store.db, article)
      expect(created).toBe(true)
      const view = await getArticle(store.db, id)
      expect(view?.title).toBe(article.title)
      expect(view?.outlet?.name).toBe('示例日报')
      expect(view?.byline).toEqual(['王小明'])
      expect(view?.sources).toEqual(['各省党报'])
      expect(view?.publishedAt.toISOString()).toBe('2023-11-12T13:33:00.000Z')
      expect(view?.viewCount).toBe(0)
    })

    it('inserting the same slug again stores nothing new', async () => {
      const first = await insertArticle(store.db, article)
      const second = await insertArticle(store.db, article)
      expect(second).toEqual({ id: first.id, created: false })
      const n = await store.db
        .selectFrom('articles')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
      expect(Number(n.n)).toBe(1)
    })

    it('adds views without losing increments when flushes overlap', async () => {
      const { id } = await insertArticle(store.db, article)
      const before = (await getArticle(store.db, id))?.viewCount ?? 0
      await Promise.all(Array.from({ length: 10 }, () => addViews(store.db, new Map([[id, 7]]))))
      expect((await getArticle(store.db, id))?.viewCount).toBe(before + 70)
    })

    it('lists published articles newest first and hides drafts', async () => {
      await insertArticle(store.db, { ...article, slug: 'older', publishedAt: '2020-01-01T00:00:00+08:00' })
      await insertArticle(store.db, { ...article, slug: 'draft', status: 'draft', publishedAt: '2030-01-01T00:00:00Z' })
      const list = await listArticles(store.db)
      expect(list.map((a) => a.slug)).toEqual(['sample-tour', 'older'])
    })

    it('counts only visible comments', async () => {
      const { id } = await insertArticle(store.db, article)
      const user = await store.db
        .insertInto('users')
        .values({ username: `u_${leg}`, password_hash: 'x' })
        .returning('id')
        .executeTakeFirstOrThrow()
      await store.db
        .insertInto('comments')
        .values([
          { article_id: id, user_id: user.id, body: '好' },
          { article_id: id, user_id: user.id, body: '藏', status: 'hidden' },
        ])
        .execute()
      expect(await countVisibleComments(store.db, id)).toBe(1)
      expect((await listComments(store.db, id)).map((c) => c.body)).toEqual(['好'])
      expect(await listComments(store.db, id, { includeHidden: true })).toHaveLength(2)
    })

    it('refuses a schema newer than the code and changes nothing', async () => {
      const fresh = await openTestStore(leg)
      try {
        await fresh.db.insertInto('zhengji_schema').values({ version: 999, name: 'future' }).execute()
        await expect(migrate(fresh.db)).rejects.toMatchObject({ code: 'ZJ_STORE_SCHEMA_TOO_NEW' })
        expect(await schemaVersion(fresh.db)).toBe(999)
      } finally {
        await fresh.close()
      }
    })
  })
}

describe('store configuration errors', () => {
  it('names DATABASE_URL when it is malformed', async () => {
    const error = await createStore({ kind: 'postgres', databaseUrl: 'not a url' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StoreError)
    expect((error as StoreError).code).toBe('ZJ_STORE_BAD_DATABASE_URL')
    expect((error as StoreError).message).toContain('DATABASE_URL')
  })

  it('names DATABASE_URL and the cause when the server is unreachable, without printing the password', async () => {
    const error = (await createStore({
      kind: 'postgres',
      databaseUrl: 'postgres://zj:secret@127.0.0.1:1/none',
    }).catch((e: unknown) => e)) as StoreError
    expect(error.code).toBe('ZJ_STORE_UNREACHABLE')
    expect(error.message).toMatch(/DATABASE_URL .*ECONNREFUSED/)
    expect(error.message).not.toContain('secret')
  })

  it('one process at a time opens a PGlite directory; a stale lock is taken over', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const dir = mkdtempSync(join(tmpdir(), 'zj-lock-'))
    try {
      const a = await createStore({ kind: 'pglite', dataDir: dir })
      const busy = (await createStore({ kind: 'pglite', dataDir: dir }).catch((e: unknown) => e)) as StoreError
      expect(busy.code).toBe('ZJ_STORE_DATA_DIR_BUSY')
      expect(busy.message).toContain(`pid ${process.pid}`)
      await a.close()
      writeFileSync(join(dir, 'zhengji.lock'), '999999999') // a process that does not exist
      const b = await createStore({ kind: 'pglite', dataDir: dir })
      await b.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('a PGlite directory keeps its data across reopen', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const dir = mkdtempSync(join(tmpdir(), 'zj-pglite-'))
    try {
      const a = await createStore({ kind: 'pglite', dataDir: dir })
      await migrate(a.db)
      await insertArticle(a.db, article)
      await a.close()
      const b = await createStore({ kind: 'pglite', dataDir: dir })
      const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM articles`.execute(b.db)
      expect(r.rows[0]?.n).toBe(1)
      await b.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
