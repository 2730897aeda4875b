// Sending pages and answering errors: HTML for browsers, JSON for scripts (Accept: application/json).
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { errorPage, i18n, notFoundPage, type SafeHtml } from '../web/index.ts'
import { PortalError } from './errors.ts'
import { pageContext } from './plugins/session.ts'

export function send(reply: FastifyReply, page: SafeHtml, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(page.toString())
}

export function wantsJson(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('application/json')
}

/** A local path to return to (never another origin). */
export function safeBack(value: unknown, fallback: string): string {
  return typeof value === 'string' && /^\/(?![/\\])[^\s]*$/.test(value) ? value : fallback
}

export function parseId(text: string | undefined): number | undefined {
  if (!text || !/^\d{1,15}$/.test(text)) return undefined
  const n = Number(text)
  return n > 0 ? n : undefined
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | PortalError, request, reply) => {
    const portal =
      error instanceof PortalError
        ? error
        : error.statusCode === 429
          ? new PortalError('ZJ_AUTH_RATE_LIMITED')
          : error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500
            ? new PortalError('ZJ_PORTAL_BAD_INPUT', error.message)
            : new PortalError('ZJ_PORTAL_INTERNAL', error.message)
    if (portal.statusCode >= 500) request.log.error({ err: error }, 'request failed')
    else request.log.info({ code: portal.code, url: request.url }, portal.message)
    if (portal.code === 'ZJ_AUTH_REQUIRED' && !wantsJson(request) && request.method === 'GET') {
      return reply.redirect(`/login?back=${encodeURIComponent(request.url)}`)
    }
    const t = (request.i18n ?? i18n()).t
    if (wantsJson(request) || request.headers['content-type']?.includes('application/json')) {
      return reply
        .code(portal.statusCode)
        .send({ code: portal.code, message: portal.userMessage ?? t(portal.messageKey) })
    }
    const ctx = request.i18n ? pageContext(request, reply) : {}
    const page =
      portal.code === 'ZJ_PORTAL_NOT_FOUND'
        ? notFoundPage(
            portal.message === portal.code ? t('error.notFoundUrl', { url: request.url }) : portal.message,
            ctx,
          )
        : errorPage(ctx, t(portal.messageKey), portal.code)
    return send(reply, page, portal.statusCode)
  })
  app.setNotFoundHandler((request, reply) => {
    const ctx = request.i18n ? pageContext(request, reply) : {}
    const t = (request.i18n ?? i18n()).t
    return send(reply, notFoundPage(t('error.notFoundUrl', { url: request.url }), ctx), 404)
  })
}
