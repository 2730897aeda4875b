// Builds the Fastify app from its dependencies; it never listens (main.ts does), so tests call app.inject().
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import Fastify, { type FastifyInstance } from 'fastify'
import { ASSETS_DIR } from '../web/index.ts'
import type { ServerDeps } from './deps.ts'
import { pageRoutes } from './routes/pages.ts'

export async function buildServer(deps: ServerDeps): Promise<FastifyInstance> {
  const app = Fastify({ logger: deps.logger ?? false, trustProxy: true })
  await app.register(fastifyStatic, { root: fileURLToPath(ASSETS_DIR), prefix: '/assets/', decorateReply: false })
  app.get('/healthz', async () => {
    await deps.store.db.selectNoFrom((eb) => eb.val(1).as('ok')).execute()
    return { ok: true, store: deps.store.kind }
  })
  await app.register(async (scope) => pageRoutes(scope, deps))
  return app
}
