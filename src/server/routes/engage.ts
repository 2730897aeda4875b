// Reading and engaging: like / favourite (toggled), share (counted once per user), comments (post, reply one level,
// delete one's own, report; editors hide and restore), following an outlet. Forms get a redirect, scripts JSON.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import {
  addComment,
  getArticle,
  getComment,
  recordAudit,
  recordShare,
  reportComment,
  setCommentStatus,
  toggleFollow,
  toggleReaction,
} from '../../store/index.ts'
import type { ServerDeps } from '../deps.ts'
import { PortalError } from '../errors.ts'
import { requireEditor, requireViewer } from '../plugins/session.ts'
import { parseId, safeBack, wantsJson } from '../render.ts'

export const COMMENT_MAX = 2000

/** A comment as plain text: one kind of line break, no control characters, trimmed. */
export function normalizeComment(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

function body(request: FastifyRequest): Record<string, unknown> {
  return (request.body as Record<string, unknown> | undefined) ?? {}
}

function done(request: FastifyRequest, reply: FastifyReply, location: string, json: unknown): FastifyReply {
  if (wantsJson(request)) return reply.send(json)
  return reply.redirect(location, 303)
}

export async function engageRoutes(app: FastifyInstance, deps: ServerDeps): Promise<void> {
  const { db } = deps.store

  async function publishedArticle(idText: string): Promise<number> {
    const id = parseId(idText)
    const article = id === undefined ? undefined : await getArticle(db, id)
    if (article?.status !== 'published') throw new PortalError('ZJ_PORTAL_NOT_FOUND')
    return article.id
  }

  for (const kind of ['like', 'favorite'] as const) {
    app.post<{ Params: { id: string } }>(`/a/:id/${kind}`, async (request, reply) => {
      const viewer = requireViewer(request)
      const articleId = await publishedArticle(request.params.id)
      const result = await toggleReaction(db, { userId: viewer.id, articleId, kind })
      return done(request, reply, `/a/${articleId}#engagement`, result)
    })
  }

  app.post<{ Params: { id: string } }>('/a/:id/share', async (request, reply) => {
    const viewer = requireViewer(request)
    const articleId = await publishedArticle(request.params.id)
    const result = await recordShare(db, { userId: viewer.id, articleId })
    return done(request, reply, `/a/${articleId}#engagement`, { ...result, url: `/a/${articleId}` })
  })

  app.post<{ Params: { id: string } }>('/a/:id/comments', async (request, reply) => {
    const viewer = requireViewer(request)
    const articleId = await publishedArticle(request.params.id)
    const text = normalizeComment(String(body(request)['body'] ?? ''))
    const problem = text.length === 0 ? 'empty' : [...text].length > COMMENT_MAX ? 'too-long' : undefined
    if (problem) {
      if (wantsJson(request)) throw new PortalError('ZJ_PORTAL_BAD_INPUT', `comment ${problem}`)
      return reply.redirect(`/a/${articleId}?notice=${problem}#comments`, 303)
    }
    const parentId = parseId(String(body(request)['parent_id'] ?? ''))
    const result = await addComment(db, {
      articleId,
      userId: viewer.id,
      body: text,
      ...(parentId !== undefined ? { parentId } : {}),
    })
    if (!result.ok) throw new PortalError('ZJ_PORTAL_NOT_FOUND', `comment not posted: ${result.reason}`)
    const c = result.comment
    const where = c.parentId === null ? `/a/${articleId}?cpage=999999#c${c.id}` : `/a/${articleId}#c${c.id}`
    return done(request, reply, where, { id: c.id, parentId: c.parentId, body: c.body })
  })

  app.post<{ Params: { cid: string } }>('/comments/:cid/delete', async (request, reply) => {
    const viewer = requireViewer(request)
    const id = parseId(request.params.cid)
    const before =
      id === undefined
        ? undefined
        : await setCommentStatus(db, { commentId: id, status: 'deleted', onlyUserId: viewer.id })
    if (!before) throw new PortalError('ZJ_PORTAL_NOT_FOUND')
    await recordAudit(db, {
      actorId: viewer.id,
      action: 'comment.delete',
      targetKind: 'comment',
      targetId: before.id,
      detail: { articleId: before.articleId, from: before.status },
    })
    return done(request, reply, `/a/${before.articleId}#comments`, { id, status: 'deleted' })
  })

  app.post<{ Params: { cid: string } }>('/comments/:cid/report', async (request, reply) => {
    const viewer = requireViewer(request)
    const id = parseId(request.params.cid)
    const comment = id === undefined ? undefined : await getComment(db, id)
    if (
      !comment ||
      !(await reportComment(db, {
        commentId: comment.id,
        userId: viewer.id,
        reason: String(body(request)['reason'] ?? '').slice(0, 500),
      }))
    ) {
      throw new PortalError('ZJ_PORTAL_NOT_FOUND')
    }
    return done(request, reply, `/a/${comment.articleId}?notice=reported#c${comment.id}`, {
      id: comment.id,
      reported: true,
    })
  })

  for (const [action, status] of [
    ['hide', 'hidden'],
    ['restore', 'visible'],
  ] as const) {
    app.post<{ Params: { cid: string } }>(`/comments/:cid/${action}`, async (request, reply) => {
      const editor = requireEditor(request)
      const id = parseId(request.params.cid)
      const before = id === undefined ? undefined : await setCommentStatus(db, { commentId: id, status })
      if (!before) throw new PortalError('ZJ_PORTAL_NOT_FOUND')
      await recordAudit(db, {
        actorId: editor.id,
        action: `comment.${action}`,
        targetKind: 'comment',
        targetId: before.id,
        detail: { articleId: before.articleId, from: before.status, to: status },
      })
      const back = safeBack(body(request)['back'], `/a/${before.articleId}#c${before.id}`)
      return done(request, reply, back, { id: before.id, status })
    })
  }

  app.post<{ Params: { oid: string } }>('/outlets/:oid/follow', async (request, reply) => {
    const viewer = requireViewer(request)
    const outletId = parseId(request.params.oid)
    const exists =
      outletId === undefined
        ? undefined
        : await db.selectFrom('outlets').select('id').where('id', '=', outletId).executeTakeFirst()
    if (!exists) throw new PortalError('ZJ_PORTAL_NOT_FOUND')
    const following = await toggleFollow(db, { userId: viewer.id, kind: 'outlet', key: String(exists.id) })
    return done(request, reply, safeBack(body(request)['back'], '/me'), { outletId: exists.id, following })
  })
}
