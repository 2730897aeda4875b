// Accounts: sign up, log in (username or e-mail), log out, password reset by a single-use token sent to the outbox.
// Unknown user and wrong password get the same answer, after the same work.
import type { FastifyInstance } from 'fastify'
import {
  consumePasswordReset,
  createPasswordReset,
  createUser,
  enqueueMessage,
  findUserByLogin,
  peekPasswordReset,
} from '../../store/index.ts'
import { loginPage, registerPage, resetPasswordPage, resetRequestPage } from '../../web/index.ts'
import { type ServerDeps, systemClock } from '../deps.ts'
import { PortalError } from '../errors.ts'
import { DEFAULT_COST, hashPassword, validPassword, verifyPassword } from '../passwords.ts'
import { endSession, pageContext, randomToken, sha256, startSession } from '../plugins/session.ts'
import { safeBack, send } from '../render.ts'

export const RESET_TTL_MS = 60 * 60 * 1000
const USERNAME = /^[\p{L}\p{N}_.-]{2,32}$/u
const EMAIL = /^[^\s@]{1,64}@[^\s@.]+(?:\.[^\s@.]+)+$/

type Form = Record<string, string | undefined>

function field(body: unknown, name: string): string {
  const value = (body as Form | undefined)?.[name]
  return typeof value === 'string' ? value : ''
}

export async function authRoutes(app: FastifyInstance, deps: ServerDeps): Promise<void> {
  const { db } = deps.store
  const clock = deps.clock ?? systemClock
  const cost = deps.passwordHashing ?? DEFAULT_COST
  const limit = deps.authRateLimit ?? { max: 10, windowMs: 60_000 }
  const rateLimit = { max: limit.max, timeWindow: limit.windowMs }

  app.get<{ Querystring: { back?: string } }>('/login', async (request, reply) =>
    send(reply, loginPage({ ...pageContext(request, reply), back: safeBack(request.query.back, '') || undefined })),
  )

  app.post('/login', { config: { rateLimit } }, async (request, reply) => {
    const login = field(request.body, 'login').trim()
    const password = field(request.body, 'password')
    const back = safeBack(field(request.body, 'back'), '/')
    const user = login && password ? await findUserByLogin(db, login) : undefined
    const ok = await verifyPassword(user?.passwordHash, password, cost)
    if (!user || !ok) {
      const ctx = pageContext(request, reply)
      return send(reply, loginPage({ ...ctx, error: ctx.i18n?.t('auth.badCredentials'), values: { login }, back }), 401)
    }
    await startSession(deps, request, reply, user.id)
    request.log.info({ user: user.id }, 'login')
    return reply.redirect(back, 303)
  })

  app.get('/register', async (request, reply) => send(reply, registerPage(pageContext(request, reply))))

  app.post('/register', { config: { rateLimit } }, async (request, reply) => {
    const username = field(request.body, 'username').trim().normalize('NFC')
    const email = field(request.body, 'email').trim()
    const password = field(request.body, 'password')
    const ctx = pageContext(request, reply)
    const t = request.i18n.t
    const error = !USERNAME.test(username)
      ? t('auth.badUsername')
      : email && (email.length > 254 || !EMAIL.test(email))
        ? t('auth.badEmail')
        : !validPassword(password)
          ? t('auth.badPassword')
          : undefined
    if (error) return send(reply, registerPage({ ...ctx, error, values: { username, email } }), 400)
    const user = await createUser(db, {
      username,
      email: email || undefined,
      passwordHash: await hashPassword(password, cost),
    })
    if (!user) return send(reply, registerPage({ ...ctx, error: t('auth.taken'), values: { username, email } }), 409)
    await startSession(deps, request, reply, user.id)
    request.log.info({ user: user.id }, 'registered')
    return reply.redirect('/', 303)
  })

  app.post('/logout', async (request, reply) => {
    await endSession(deps, request, reply)
    return reply.redirect('/', 303)
  })

  app.get('/reset', async (request, reply) => send(reply, resetRequestPage(pageContext(request, reply))))

  app.post('/reset', { config: { rateLimit } }, async (request, reply) => {
    const login = field(request.body, 'login').trim()
    const user = login ? await findUserByLogin(db, login) : undefined
    if (user) {
      const token = randomToken()
      await createPasswordReset(db, {
        userId: user.id,
        tokenHash: sha256(token),
        now: clock.now(),
        ttlMs: RESET_TTL_MS,
      })
      const origin = deps.publicOrigin ?? `${request.protocol}://${request.host}`
      const link = `${origin}/reset/${token}`
      const t = request.i18n.t
      await enqueueMessage(db, {
        kind: 'password-reset',
        recipient: user.email ?? user.username,
        subject: t('outbox.resetSubject'),
        body: t('outbox.resetBody', { name: user.username, link }),
      })
      request.log.info({ user: user.id, link }, 'password reset link written to the outbox')
    }
    const ctx = pageContext(request, reply)
    return send(reply, resetRequestPage({ ...ctx, notice: ctx.i18n?.t('auth.resetSent') }))
  })

  app.get<{ Params: { token: string } }>('/reset/:token', async (request, reply) => {
    const ctx = pageContext(request, reply)
    const token = request.params.token
    if (!(await peekPasswordReset(db, sha256(token), clock.now()))) {
      throw new PortalError('ZJ_AUTH_RESET_INVALID')
    }
    return send(reply, resetPasswordPage({ ...ctx, token }))
  })

  app.post<{ Params: { token: string } }>('/reset/:token', { config: { rateLimit } }, async (request, reply) => {
    const ctx = pageContext(request, reply)
    const token = request.params.token
    const password = field(request.body, 'password')
    if (!validPassword(password)) {
      return send(reply, resetPasswordPage({ ...ctx, token, error: ctx.i18n?.t('auth.badPassword') }), 400)
    }
    const userId = await consumePasswordReset(db, {
      tokenHash: sha256(token),
      now: clock.now(),
      passwordHash: await hashPassword(password, cost),
    })
    if (userId === undefined) throw new PortalError('ZJ_AUTH_RESET_INVALID')
    request.log.info({ user: userId }, 'password reset')
    return send(reply, loginPage({ ...ctx, notice: ctx.i18n?.t('auth.resetDone') }))
  })
}
