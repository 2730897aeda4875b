// Public pages: the feeds, the article page, the 404 page.
import type { FastifyInstance, FastifyReply } from 'fastify'
import { addViews, countVisibleComments, getArticle, listArticles, listComments } from '../../store/index.ts'
import { articlePage, type FeedTab, homePage, notFoundPage, type SafeHtml } from '../../web/index.ts'
import type { ServerDeps } from '../deps.ts'

function send(reply: FastifyReply, page: SafeHtml, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(page.toString())
}

const FEEDS: readonly FeedTab[] = ['hot', 'following', 'recommended']

export async function pageRoutes(app: FastifyInstance, deps: ServerDeps): Promise<void> {
  const { db } = deps.store

  app.get<{ Querystring: { tab?: string } }>('/', async (request, reply) => {
    const tab = (FEEDS as readonly string[]).includes(request.query.tab ?? '') ? (request.query.tab as FeedTab) : 'hot'
    const articles =
      tab === 'following' ? [] : await listArticles(db, { order: tab === 'hot' ? 'hot' : 'latest', limit: 30 })
    const emptyMessage = tab === 'following' ? '登录后关注媒体、地区或人物,这里会出现他们的新闻' : undefined
    return send(reply, homePage({ tab, articles, emptyMessage }))
  })

  app.get<{ Params: { id: string } }>('/a/:id', async (request, reply) => {
    const id = /^\d{1,15}$/.test(request.params.id) ? Number(request.params.id) : Number.NaN
    const article = Number.isNaN(id) ? undefined : await getArticle(db, id)
    if (!article || article.status !== 'published') {
      return send(reply, notFoundPage(`没有编号为 ${request.params.id} 的文章`), 404)
    }
    await addViews(db, new Map([[article.id, 1]]))
    const [comments, commentCount] = await Promise.all([
      listComments(db, article.id),
      countVisibleComments(db, article.id),
    ])
    return send(
      reply,
      articlePage({ article: { ...article, viewCount: article.viewCount + 1 }, comments, commentCount }),
    )
  })

  app.setNotFoundHandler((request, reply) => send(reply, notFoundPage(`找不到 ${request.url}`), 404))
}
