// Marks a plugin as not encapsulated (what fastify-plugin does), so its hooks and decorators reach the whole app.
import type { FastifyInstance } from 'fastify'

export type SharedPlugin = (app: FastifyInstance) => Promise<void>

export function shared(plugin: SharedPlugin): SharedPlugin {
  ;(plugin as unknown as Record<symbol, boolean>)[Symbol.for('skip-override')] = true
  return plugin
}
