// A real portal on a loopback port over a test store, for the browser tests.
import type { FastifyInstance } from 'fastify'
import { buildServer } from '../../src/server/index.ts'
import { type Leg, openTestStore, type TestStore } from './store-legs.ts'

export interface LiveServer {
  readonly url: string
  readonly store: TestStore
  readonly app: FastifyInstance
  close(): Promise<void>
}

export async function startLiveServer(leg: Leg): Promise<LiveServer> {
  const store = await openTestStore(leg)
  const app = await buildServer({ store })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const address = app.server.address()
  if (address === null || typeof address === 'string') throw new Error('no port')
  return {
    url: `http://127.0.0.1:${address.port}`,
    store,
    app,
    close: async () => {
      await app.close()
      await store.close()
    },
  }
}
