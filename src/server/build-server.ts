// Builds the Fastify app from its dependencies; it never listens (main.ts does), so tests call app.inject().
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import Fastify, { type FastifyInstance } from 'fastify'
import { ASSETS_DIR } from '../web/index.ts'
import type { ServerDeps } from './deps.ts'
import { securityPlugin } from './plugins/security.ts'
import { sessionPlugin } from './plugins/session.ts'
import { viewsPlugin } from './plugins/views.ts'
import { installErrorHandling } from './render.ts'
import { authRoutes } from './routes/auth.ts'
import { editorRoutes } from './routes/editor.ts'
import { engageRoutes } from './routes/engage.ts'
import { meRoutes } from './routes/me.ts'
import { pageRoutes } from './routes/pages.ts'

export async function buildServer(deps: ServerDeps): Promise<FastifyInstance> {
  // X-Forwarded-* (client address for rate limits, https for Secure cookies) is believed only from proxies on
  // loopback or private networks unless the composition root says otherwise
  const trustProxy: boolean | string = deps.trustProxy ?? 'loopback,linklocal,uniquelocal'
  const app = Fastify({ logger: deps.logger ?? false, trustProxy: trustProxy as string })
  await app.register(securityPlugin())
  await app.register(sessionPlugin(deps))
  await app.register(viewsPlugin(deps))
  installErrorHandling(app)
  await app.register(fastifyStatic, { root: fileURLToPath(ASSETS_DIR), prefix: '/assets/', decorateReply: false })
  app.get('/healthz', async () => {
    await deps.store.db.selectNoFrom((eb) => eb.val(1).as('ok')).execute()
    return { ok: true, store: deps.store.kind }
  })
  await app.register(async (scope) => pageRoutes(scope, deps))
  await app.register(async (scope) => authRoutes(scope, deps))
  await app.register(async (scope) => engageRoutes(scope, deps))
  await app.register(async (scope) => meRoutes(scope, deps))
  await app.register(async (scope) => editorRoutes(scope, deps))
  return app
}
