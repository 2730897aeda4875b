// Sessions, CSRF and language for every request. The session cookie holds a random token; the database holds its
// SHA-256. Logged-in requests use the session's CSRF token, anonymous ones a random token in the zj_csrf cookie; every
// POST must echo it in the _csrf field or the x-csrf-token header.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import fastifyCookie from '@fastify/cookie'
import fastifyFormbody from '@fastify/formbody'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { createSession, deleteExpiredSessions, deleteSession, findSession } from '../../store/index.ts'
import { type I18n, i18n, type PageContext, pickLocale, type Viewer } from '../../web/index.ts'
import { type ServerDeps, systemClock } from '../deps.ts'
import { PortalError } from '../errors.ts'
import { shared } from './shared.ts'

export const SESSION_COOKIE = 'zj_session'
export const CSRF_COOKIE = 'zj_csrf'
export const LANG_COOKIE = 'zj_lang'
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000

declare module 'fastify' {
  interface FastifyRequest {
    viewer: (Viewer & { readonly id: number }) | undefined
    sessionHash: string | undefined
    csrfToken: string
    i18n: I18n
  }
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url')
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

export function cookieOptions(request: FastifyRequest, maxAgeSeconds?: number) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: request.protocol === 'https',
    ...(maxAgeSeconds !== undefined ? { maxAge: maxAgeSeconds } : {}),
  }
}

/** Starts a new session for the user (rotating: the old one, if any, ends) and sets the cookie. */
export async function startSession(
  deps: ServerDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: number,
): Promise<void> {
  const now = (deps.clock ?? systemClock).now()
  if (request.sessionHash) await deleteSession(deps.store.db, request.sessionHash)
  await deleteExpiredSessions(deps.store.db, now)
  const token = randomToken()
  await createSession(deps.store.db, {
    idHash: sha256(token),
    userId,
    csrfToken: randomToken(24),
    expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
  })
  reply.setCookie(SESSION_COOKIE, token, cookieOptions(request, SESSION_TTL_MS / 1000))
}

export async function endSession(deps: ServerDeps, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.sessionHash) await deleteSession(deps.store.db, request.sessionHash)
  reply.clearCookie(SESSION_COOKIE, cookieOptions(request))
}

/** The page context of this request: language, viewer, CSRF token, CSP nonce, path. */
export function pageContext(request: FastifyRequest, reply: FastifyReply): PageContext {
  return {
    i18n: request.i18n,
    viewer: request.viewer,
    csrfToken: request.csrfToken,
    nonce: (reply as { cspNonce?: { script: string } | null }).cspNonce?.script,
    path: request.url,
  }
}

export function requireViewer(request: FastifyRequest): Viewer & { readonly id: number } {
  if (!request.viewer) throw new PortalError('ZJ_AUTH_REQUIRED')
  return request.viewer
}

export function requireEditor(request: FastifyRequest): Viewer & { readonly id: number } {
  const v = requireViewer(request)
  if (v.role !== 'editor' && v.role !== 'admin') throw new PortalError('ZJ_AUTH_FORBIDDEN')
  return v
}

export function requireAdmin(request: FastifyRequest): Viewer & { readonly id: number } {
  const v = requireViewer(request)
  if (v.role !== 'admin') throw new PortalError('ZJ_AUTH_FORBIDDEN')
  return v
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

export const sessionPlugin = (deps: ServerDeps) =>
  shared(async (app: FastifyInstance) => {
    const clock = deps.clock ?? systemClock
    await app.register(fastifyCookie)
    await app.register(fastifyFormbody, { bodyLimit: 256 * 1024 })
    app.decorateRequest('viewer', undefined)
    app.decorateRequest('sessionHash', undefined)
    app.decorateRequest('csrfToken', '')
    app.decorateRequest('i18n', undefined as unknown as I18n)

    app.addHook('preHandler', async (request, reply) => {
      request.i18n = i18n(pickLocale(request.cookies[LANG_COOKIE], request.headers['accept-language']))
      const token = request.cookies[SESSION_COOKIE]
      if (token && token.length <= 100) {
        const session = await findSession(deps.store.db, sha256(token), clock.now())
        if (session) {
          request.sessionHash = session.idHash
          request.viewer = session.user
          request.csrfToken = session.csrfToken
        } else {
          reply.clearCookie(SESSION_COOKIE, cookieOptions(request))
        }
      }
      if (!request.viewer) {
        const anon = request.cookies[CSRF_COOKIE]
        if (anon && /^[\w-]{32,64}$/.test(anon)) request.csrfToken = anon
        else if (!UNSAFE.has(request.method)) {
          request.csrfToken = randomToken(24)
          reply.setCookie(CSRF_COOKIE, request.csrfToken, cookieOptions(request))
        }
      }
      if (UNSAFE.has(request.method)) {
        const body = request.body as Record<string, unknown> | undefined
        const sent =
          (typeof body?.['_csrf'] === 'string' ? body['_csrf'] : undefined) ?? request.headers['x-csrf-token']
        if (!request.csrfToken || typeof sent !== 'string' || !sameToken(sent, request.csrfToken)) {
          throw new PortalError('ZJ_AUTH_CSRF', `CSRF check failed for ${request.method} ${request.url}`)
        }
      }
    })
  })
