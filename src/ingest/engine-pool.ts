// Engine threads: the CPU-bound half of ingest (engine and sketch) on worker_threads, so a worker's own thread keeps
// to the database while articles are read on the other cores. A claim is cut into one slice per thread; results come
// back in order. A thread that dies takes its slice's requests with it (they reject) and is replaced on next use.
import { Worker } from 'node:worker_threads'
import type { ReadOutcome, ReadRequest } from './reading.ts'

const ENTRY = new URL('./engine-thread.mjs', import.meta.url)

interface Pending {
  readonly resolve: (outcomes: ReadOutcome[]) => void
  readonly reject: (error: Error) => void
}

class EngineThread {
  readonly worker: Worker
  private readonly pending = new Map<number, Pending>()
  private next = 0
  dead = false

  constructor() {
    this.worker = new Worker(ENTRY)
    this.worker.unref()
    this.worker.on('message', (message: { id: number; outcomes: ReadOutcome[] }) => {
      const waiting = this.pending.get(message.id)
      this.pending.delete(message.id)
      waiting?.resolve(message.outcomes)
    })
    const fail = (error: Error) => {
      this.dead = true
      for (const waiting of this.pending.values()) waiting.reject(error)
      this.pending.clear()
    }
    this.worker.on('error', fail)
    this.worker.on('exit', (code) => fail(new Error(`an engine thread exited (code ${code})`)))
  }

  read(requests: readonly ReadRequest[]): Promise<ReadOutcome[]> {
    const id = this.next++
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      if (this.pending.size === 1) this.worker.ref()
      this.worker.postMessage({ id, requests })
    }).finally(() => {
      if (this.pending.size === 0) this.worker.unref()
    }) as Promise<ReadOutcome[]>
  }
}

export interface EnginePool {
  /** the number of engine threads */
  readonly threads: number
  /** reads the articles on the engine threads; outcomes in input order */
  read(requests: readonly ReadRequest[]): Promise<ReadOutcome[]>
  close(): Promise<void>
}

/** Starts `threads` engine threads (each loads the engine's dictionaries once, lazily on its first article). */
export function createEnginePool(threads: number): EnginePool {
  if (!Number.isInteger(threads) || threads < 1) throw new RangeError(`an engine pool needs 1 thread or more`)
  const pool: EngineThread[] = []
  const thread = (i: number): EngineThread => {
    let t = pool[i]
    if (!t || t.dead) {
      t = new EngineThread()
      pool[i] = t
    }
    return t
  }
  let turn = 0
  return {
    threads,
    async read(requests) {
      if (requests.length === 0) return []
      const slices = Math.min(threads, requests.length)
      const size = Math.ceil(requests.length / slices)
      const parts = await Promise.all(
        Array.from({ length: slices }, (_, k) =>
          thread((turn + k) % threads).read(requests.slice(k * size, (k + 1) * size)),
        ),
      )
      turn = (turn + slices) % threads
      return parts.flat()
    },
    async close() {
      await Promise.all(pool.map((t) => t.worker.terminate()))
      pool.length = 0
    },
  }
}
