// Public pages: the feeds 热点 / 关注 / 推荐, the article page (which counts the view), the language switch.
import type { FastifyInstance } from 'fastify'
import { EMPTY_PROFILE, followingFeed, hotFeed, profileFrom, recommendedFeed } from '../../feeds/index.ts'
import {
  countVisibleComments,
  getArticle,
  isFollowing,
  listCommentThreads,
  listFavorites,
  listFeedCandidates,
  listFollowedOutlets,
  listReadArticleIds,
  storySources,
  userReactions,
} from '../../store/index.ts'
import { articlePage, type FeedTab, homePage, isEditor, isLocale } from '../../web/index.ts'
import { type ServerDeps, systemClock } from '../deps.ts'
import { PortalError } from '../errors.ts'
import { cookieOptions, LANG_COOKIE, pageContext, randomToken } from '../plugins/session.ts'
import { isBot } from '../plugins/views.ts'
import { parseId, safeBack, send } from '../render.ts'

const FEEDS: readonly FeedTab[] = ['hot', 'following', 'recommended']
export const VISITOR_COOKIE = 'zj_vid'
const RECENT_MS = 7 * 24 * 60 * 60 * 1000

export async function pageRoutes(app: FastifyInstance, deps: ServerDeps): Promise<void> {
  const { db } = deps.store
  const clock = deps.clock ?? systemClock

  app.get<{ Querystring: { tab?: string } }>('/', async (request, reply) => {
    const tab = (FEEDS as readonly string[]).includes(request.query.tab ?? '') ? (request.query.tab as FeedTab) : 'hot'
    const ctx = pageContext(request, reply)
    const now = clock.now()
    const viewer = request.viewer
    const candidates = await listFeedCandidates(db, { recentSince: new Date(now.getTime() - RECENT_MS), limit: 500 })
    if (tab === 'hot') return send(reply, homePage({ ...ctx, tab, articles: hotFeed(candidates, clock) }))
    if (!viewer) {
      if (tab === 'following') {
        return send(
          reply,
          homePage({ ...ctx, tab, articles: [], emptyMessage: ctx.i18n?.t('feed.following.anonymous') }),
        )
      }
      return send(reply, homePage({ ...ctx, tab, articles: recommendedFeed(candidates, EMPTY_PROFILE, clock) }))
    }
    const followed = new Set((await listFollowedOutlets(db, viewer.id)).map((o) => o.id))
    if (tab === 'following') {
      return send(
        reply,
        homePage({
          ...ctx,
          tab,
          articles: followingFeed(candidates, followed, clock),
          emptyMessage: ctx.i18n?.t('feed.following.empty'),
        }),
      )
    }
    const read = new Set(await listReadArticleIds(db, viewer.id))
    const favorites = new Set((await listFavorites(db, viewer.id)).map((f) => f.articleId))
    const touched = candidates.filter((c) => read.has(c.id) || favorites.has(c.id))
    const profile = profileFrom(touched, read, followed)
    return send(reply, homePage({ ...ctx, tab, articles: recommendedFeed(candidates, profile, clock) }))
  })

  app.get<{ Params: { id: string }; Querystring: { cpage?: string; notice?: string } }>(
    '/a/:id',
    async (request, reply) => {
      const ctx = pageContext(request, reply)
      const id = parseId(request.params.id)
      const article = id === undefined ? undefined : await getArticle(db, id)
      const viewer = request.viewer
      if (!article || (article.status !== 'published' && !isEditor(viewer))) {
        throw new PortalError('ZJ_PORTAL_NOT_FOUND', `no published article ${request.params.id}`, {
          input: request.params.id,
          userMessage: request.i18n.t('error.notFoundArticle', { id: request.params.id }),
        })
      }
      if (article.status === 'published' && !isBot(request.headers['user-agent'])) {
        // a logged-in reader is one visitor on every device; anyone else is their zj_vid cookie
        let visitor = viewer ? `u:${viewer.id}` : request.cookies[VISITOR_COOKIE]
        if (!viewer && !(visitor && /^[\w-]{16,64}$/.test(visitor))) {
          visitor = randomToken(18)
          reply.setCookie(VISITOR_COOKIE, visitor, cookieOptions(request, 365 * 24 * 60 * 60))
        }
        if (visitor) app.views.hit(article.id, visitor, viewer?.id)
      }
      const editor = isEditor(viewer)
      const cpage = parseId(request.query.cpage) ?? 1
      const [page, commentCount, reactions, following, story] = await Promise.all([
        listCommentThreads(db, article.id, { includeHidden: editor, page: cpage, perPage: 20 }),
        countVisibleComments(db, article.id),
        viewer ? userReactions(db, viewer.id, article.id) : Promise.resolve(new Set<string>()),
        viewer && article.outlet ? isFollowing(db, viewer.id, 'outlet', String(article.outlet.id)) : false,
        storySources(db, article.id),
      ])
      const notice =
        request.query.notice === 'reported'
          ? ctx.i18n?.t('comments.reported')
          : request.query.notice === 'too-long'
            ? ctx.i18n?.t('comments.tooLong', { max: 2000 })
            : request.query.notice === 'empty'
              ? ctx.i18n?.t('comments.empty.error')
              : undefined
      return send(
        reply,
        articlePage({
          ...ctx,
          article: { ...article, viewCount: article.viewCount + app.views.pending(article.id) },
          comments: [],
          threads: page.threads,
          commentCount,
          commentPage: { page: page.page, pageCount: page.pageCount },
          reactions: {
            like: reactions.has('like'),
            favorite: reactions.has('favorite'),
            share: reactions.has('share'),
          },
          followingOutlet: following,
          coverage: story,
          notice,
        }),
      )
    },
  )

  app.get<{ Querystring: { to?: string; back?: string } }>('/lang', async (request, reply) => {
    const to = request.query.to
    if (isLocale(to))
      reply.setCookie(LANG_COOKIE, to, { ...cookieOptions(request, 365 * 24 * 60 * 60), httpOnly: false })
    return reply.redirect(safeBack(request.query.back, '/'))
  })
}
