// My page: favourites, my comments, what I follow.
import type { FastifyInstance } from 'fastify'
import { listFavorites, listFollowedOutlets, listUserComments } from '../../store/index.ts'
import { mePage } from '../../web/index.ts'
import type { ServerDeps } from '../deps.ts'
import { pageContext, requireViewer } from '../plugins/session.ts'
import { send } from '../render.ts'

export async function meRoutes(app: FastifyInstance, deps: ServerDeps): Promise<void> {
  const { db } = deps.store
  app.get('/me', async (request, reply) => {
    const viewer = requireViewer(request)
    const [favorites, comments, follows] = await Promise.all([
      listFavorites(db, viewer.id),
      listUserComments(db, viewer.id),
      listFollowedOutlets(db, viewer.id),
    ])
    return send(reply, mePage({ ...pageContext(request, reply), favorites, comments, follows }))
  })
}
