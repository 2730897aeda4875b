// The ordered list of forward-only migrations. A new migration is a new file and one line here; never edit a landed one.
import type { Kysely } from 'kysely'
import * as m0001 from './0001-foundation.ts'
import * as m0002 from './0002-portal.ts'
import * as m0003 from './0003-ingest.ts'
import * as m0004 from './0004-ingest-sketch-window.ts'
import * as m0005 from './0005-sketch-keys.ts'
import * as m0006 from './0006-event-span.ts'
import * as m0007 from './0007-fact-hashes.ts'
import * as m0008 from './0008-sketch-probe-keys.ts'
import * as m0009 from './0009-job-claim-index.ts'
import * as m0010 from './0010-lz4-compression.ts'

export interface Migration {
  readonly version: number
  readonly name: string
  up(db: Kysely<unknown>): Promise<void>
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, ...m0001 },
  { version: 2, ...m0002 },
  { version: 3, ...m0003 },
  { version: 4, ...m0004 },
  { version: 5, ...m0005 },
  { version: 6, ...m0006 },
  { version: 7, ...m0007 },
  { version: 8, ...m0008 },
  { version: 9, ...m0009 },
  { version: 10, ...m0010 },
]
