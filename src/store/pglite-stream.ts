// node-postgres over embedded PGlite as over a socket: pg's own Connection writes the wire protocol's frontend
// messages into this stream, PGlite runs them, and the backend's bytes come back out for pg to parse. The messages
// of one query (parse, bind, describe, execute, sync), which pg writes corked, enter PGlite together: one call into
// the database per query instead of one per message, and no second parse of the replies into PGlite's own objects.
import { Duplex } from 'node:stream'
import type pg from 'pg'

/** What the stream needs of PGlite: raw protocol in, raw protocol out. */
export interface RawProtocol {
  execProtocolRaw(message: Uint8Array): Promise<Uint8Array>
}

/** A socket-like stream into PGlite: what pg's Connection calls on a net.Socket, no more. */
class PgliteSocket extends Duplex {
  /** the replies in the order their messages were written: a message runs once the one before it has */
  private pending: Promise<void> = Promise.resolve()

  constructor(private readonly pglite: RawProtocol) {
    super()
  }

  connect(): this {
    process.nextTick(() => this.emit('connect'))
    return this
  }

  setNoDelay(): this {
    return this
  }

  setKeepAlive(): this {
    return this
  }

  ref(): this {
    return this
  }

  unref(): this {
    return this
  }

  override _read(): void {}

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.run(chunk)
    callback()
  }

  override _writev(chunks: { chunk: Buffer }[], callback: (error?: Error | null) => void): void {
    this.run(chunks.length === 1 ? (chunks[0]?.chunk as Buffer) : Buffer.concat(chunks.map((c) => c.chunk)))
    callback()
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.pending.then(() => {
      this.push(null)
      callback()
    }, callback)
  }

  private run(message: Buffer): void {
    this.pending = this.pending.then(async () => {
      if (this.destroyed) return
      try {
        const reply = await this.pglite.execProtocolRaw(message)
        if (reply.byteLength === 0) return
        // a reply that is a view into PGlite's receive buffer (the startup reply is) would change under pg: copied
        const own = reply.byteOffset === 0 && reply.byteLength === reply.buffer.byteLength
        this.push(own ? Buffer.from(reply.buffer, 0, reply.byteLength) : Buffer.from(reply))
      } catch (error) {
        this.destroy(error as Error)
      }
    })
  }
}

/**
 * A node-postgres pool (or client) configuration over `pglite`: each client a new protocol stream into it, one client
 * at a time, as PGlite is one session, signing in as the user and database every PGlite database has.
 */
export function pglitePoolConfig(pglite: RawProtocol): pg.PoolConfig {
  return { max: 1, user: 'postgres', database: 'postgres', stream: () => new PgliteSocket(pglite) }
}
