// The newsroom: editors create and edit articles (save, publish, unpublish), moderate comments; admins set roles.
// Every change goes to the audit log; every save calls deps.onArticleSaved (re-extraction of the article's events).
import type { FastifyInstance, FastifyRequest } from 'fastify'
import {
  type ArticleFields,
  type ArticleStatus,
  createArticle,
  getArticle,
  listArticlesForEditor,
  listAudit,
  listModerationQueue,
  listUsers,
  type Role,
  recordAudit,
  setArticleStatus,
  setUserRole,
  updateArticle,
} from '../../store/index.ts'
import {
  type ArticleFormValues,
  articleFormPage,
  editorListPage,
  formatDateTime,
  moderationPage,
  usersPage,
} from '../../web/index.ts'
import { type ServerDeps, systemClock } from '../deps.ts'
import { PortalError } from '../errors.ts'
import { pageContext, requireAdmin, requireEditor } from '../plugins/session.ts'
import { parseId, send } from '../render.ts'

const BEIJING_OFFSET = '+08:00'

/** "2024-05-01 09:30", "2024-05-01T09:30:15" (Beijing time) or a full ISO date-time with a zone. */
export function parsePublishedAt(text: string): Date | undefined {
  const s = text.trim()
  const local = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(s)
  const iso = local
    ? `${local[1]}-${local[2]}-${local[3]}T${local[4]}:${local[5]}:${local[6] ?? '00'}${BEIJING_OFFSET}`
    : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(s)
      ? s
      : undefined
  if (!iso) return undefined
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? undefined : date
}

function names(text: string): string[] {
  return text
    .split(/[\s,，、;；]+/)
    .map((n) => n.trim())
    .filter((n) => n.length > 0)
    .slice(0, 50)
}

function formValues(request: FastifyRequest): ArticleFormValues {
  const b = (request.body as Record<string, unknown> | undefined) ?? {}
  const s = (k: string, max: number) => (typeof b[k] === 'string' ? (b[k] as string) : '').slice(0, max)
  return {
    title: s('title', 400).trim(),
    subtitle: s('subtitle', 400).trim(),
    outlet: s('outlet', 100).trim(),
    publishedAt: s('publishedAt', 40).trim(),
    byline: s('byline', 400).trim(),
    editor: s('editor', 100).trim(),
    sources: s('sources', 1000).trim(),
    body: s('body', 500_000).replace(/\r\n?/g, '\n').trim(),
  }
}

function validate(request: FastifyRequest, v: ArticleFormValues): { fields?: ArticleFields; errors: string[] } {
  const t = request.i18n.t
  const errors: string[] = []
  if (!v.title || [...v.title].length > 200) errors.push(t('editor.badTitle'))
  if (!v.body) errors.push(t('editor.badBody'))
  const publishedAt = parsePublishedAt(v.publishedAt)
  if (!publishedAt) errors.push(t('editor.badTime'))
  if (errors.length > 0 || !publishedAt) return { errors }
  return {
    errors,
    fields: {
      title: v.title,
      subtitle: v.subtitle || null,
      outlet: v.outlet || null,
      publishedAt,
      byline: names(v.byline),
      editor: v.editor || null,
      sources: names(v.sources),
      body: v.body,
    },
  }
}

export async function editorRoutes(app: FastifyInstance, deps: ServerDeps): Promise<void> {
  const { db } = deps.store
  const clock = deps.clock ?? systemClock

  async function saved(request: FastifyRequest, id: number): Promise<void> {
    if (!deps.onArticleSaved) return
    try {
      await deps.onArticleSaved(id)
    } catch (error) {
      request.log.error({ err: error, article: id }, 'onArticleSaved failed; the article is saved')
    }
  }

  app.get('/editor', async (request, reply) => {
    requireEditor(request)
    return send(reply, editorListPage({ ...pageContext(request, reply), articles: await listArticlesForEditor(db) }))
  })

  app.get('/editor/new', async (request, reply) => {
    requireEditor(request)
    const values: ArticleFormValues = {
      title: '',
      subtitle: '',
      outlet: '',
      publishedAt: formatDateTime(clock.now()).slice(0, 16),
      byline: '',
      editor: request.viewer?.username ?? '',
      sources: '',
      body: '',
    }
    return send(reply, articleFormPage({ ...pageContext(request, reply), values }))
  })

  app.post('/editor/articles', async (request, reply) => {
    const editor = requireEditor(request)
    const values = formValues(request)
    const { fields, errors } = validate(request, values)
    if (!fields) return send(reply, articleFormPage({ ...pageContext(request, reply), values, errors }), 400)
    const intent = (request.body as Record<string, unknown>)['intent']
    const status: ArticleStatus = intent === 'publish' ? 'published' : 'draft'
    const id = await createArticle(db, fields, status)
    await recordAudit(db, {
      actorId: editor.id,
      action: status === 'published' ? 'article.create+publish' : 'article.create',
      targetKind: 'article',
      targetId: id,
      detail: { title: fields.title, status },
    })
    await saved(request, id)
    return reply.redirect(`/editor/articles/${id}?saved=1`, 303)
  })

  app.get<{ Params: { id: string }; Querystring: { saved?: string } }>(
    '/editor/articles/:id',
    async (request, reply) => {
      requireEditor(request)
      const id = parseId(request.params.id)
      const a = id === undefined ? undefined : await getArticle(db, id)
      if (!a) throw new PortalError('ZJ_PORTAL_NOT_FOUND')
      const values: ArticleFormValues = {
        title: a.title,
        subtitle: a.subtitle ?? '',
        outlet: a.outlet?.name ?? '',
        publishedAt: formatDateTime(a.publishedAt),
        byline: a.byline.join(' '),
        editor: a.editor ?? '',
        sources: a.sources.join(' '),
        body: a.body,
      }
      const history = (await listAudit(db, { targetKind: 'article', targetId: a.id, limit: 50 })).map((h) => ({
        action: h.action,
        actor: h.actor,
        createdAt: h.createdAt,
      }))
      return send(
        reply,
        articleFormPage({
          ...pageContext(request, reply),
          id: a.id,
          status: a.status,
          values,
          history,
          saved: request.query.saved === '1',
        }),
      )
    },
  )

  app.post<{ Params: { id: string } }>('/editor/articles/:id', async (request, reply) => {
    const editor = requireEditor(request)
    const id = parseId(request.params.id)
    const before = id === undefined ? undefined : await getArticle(db, id)
    if (!before) throw new PortalError('ZJ_PORTAL_NOT_FOUND')
    const intent = (request.body as Record<string, unknown>)['intent']
    const now = clock.now()
    if (intent === 'unpublish') {
      await setArticleStatus(db, before.id, 'unpublished', now)
      await recordAudit(db, {
        actorId: editor.id,
        action: 'article.unpublish',
        targetKind: 'article',
        targetId: before.id,
        detail: { from: before.status },
      })
      await saved(request, before.id)
      return reply.redirect(`/editor/articles/${before.id}?saved=1`, 303)
    }
    const values = formValues(request)
    const { fields, errors } = validate(request, values)
    if (!fields) {
      return send(
        reply,
        articleFormPage({ ...pageContext(request, reply), id: before.id, status: before.status, values, errors }),
        400,
      )
    }
    const status: ArticleStatus | undefined = intent === 'publish' ? 'published' : undefined
    await updateArticle(db, before.id, fields, now, status)
    const changed = Object.entries({
      title: [before.title, fields.title],
      subtitle: [before.subtitle, fields.subtitle],
      outlet: [before.outlet?.name ?? null, fields.outlet],
      publishedAt: [before.publishedAt.toISOString(), fields.publishedAt.toISOString()],
      byline: [before.byline.join(' '), fields.byline.join(' ')],
      editor: [before.editor, fields.editor],
      sources: [before.sources.join(' '), fields.sources.join(' ')],
      body: [before.body, fields.body],
    })
      .filter(([, [a, b]]) => a !== b)
      .map(([k]) => k)
    await recordAudit(db, {
      actorId: editor.id,
      action: 'article.update',
      targetKind: 'article',
      targetId: before.id,
      detail: { changed },
    })
    if (status && before.status !== status) {
      await recordAudit(db, {
        actorId: editor.id,
        action: 'article.publish',
        targetKind: 'article',
        targetId: before.id,
        detail: { from: before.status },
      })
    }
    await saved(request, before.id)
    return reply.redirect(`/editor/articles/${before.id}?saved=1`, 303)
  })

  app.get('/editor/moderation', async (request, reply) => {
    requireEditor(request)
    return send(reply, moderationPage({ ...pageContext(request, reply), comments: await listModerationQueue(db) }))
  })

  app.get('/admin/users', async (request, reply) => {
    requireAdmin(request)
    return send(reply, usersPage({ ...pageContext(request, reply), users: await listUsers(db) }))
  })

  app.post<{ Params: { id: string } }>('/admin/users/:id/role', async (request, reply) => {
    const admin = requireAdmin(request)
    const id = parseId(request.params.id)
    const role = (request.body as Record<string, unknown>)['role']
    if (role !== 'reader' && role !== 'editor' && role !== 'admin') throw new PortalError('ZJ_PORTAL_BAD_INPUT')
    if (id === undefined || !(await setUserRole(db, id, role as Role))) throw new PortalError('ZJ_PORTAL_NOT_FOUND')
    await recordAudit(db, {
      actorId: admin.id,
      action: 'user.role',
      targetKind: 'user',
      targetId: id,
      detail: { role },
    })
    return reply.redirect('/admin/users', 303)
  })
}
