// The only place that opens a port: listens, and closes the app and the store cleanly on SIGINT / SIGTERM.
import type { FastifyInstance } from 'fastify'

export async function listen(
  app: FastifyInstance,
  options: { port: number; host: string; onClose?: () => Promise<void> },
): Promise<string> {
  const address = await app.listen({ port: options.port, host: options.host })
  let closing = false
  const shutdown = async (signal: string) => {
    if (closing) return
    closing = true
    app.log.info({ signal }, 'shutting down')
    await app.close()
    await options.onClose?.()
    process.exit(0)
  }
  process.once('SIGINT', () => void shutdown('SIGINT'))
  process.once('SIGTERM', () => void shutdown('SIGTERM'))
  return address
}
