// PGlite is a single-process database: one Zhengji process at a time may open a data directory. A lock file holding
// the owner's pid enforces it; a lock left by a process that no longer runs (killed, crashed) is taken over.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { StoreError } from './errors.ts'

const LOCK_FILE = 'zhengji.lock'

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Takes the directory's lock or throws ZJ_STORE_DATA_DIR_BUSY naming the process that holds it; returns the release. */
export function lockDataDir(dir: string): () => void {
  const path = join(dir, LOCK_FILE)
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx')
      writeSync(fd, String(process.pid))
      closeSync(fd)
      return () => rmSync(path, { force: true })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const owner = Number.parseInt(readFileSync(path, 'utf8'), 10)
      if (Number.isInteger(owner) && owner > 0 && alive(owner)) {
        throw new StoreError(
          'ZJ_STORE_DATA_DIR_BUSY',
          `the PGlite database in ${dir} is open in another Zhengji process (pid ${owner}); stop it first, or share one PostgreSQL server through DATABASE_URL`,
          dir,
        )
      }
      rmSync(path, { force: true }) // stale: its process is gone
    }
  }
  throw new StoreError('ZJ_STORE_DATA_DIR_BUSY', `cannot take the lock ${path}`, dir)
}
