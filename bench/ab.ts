// npm run bench:ab -- A B [--store pglite|postgres] [--corpus item|report] [--pairs 8]: weighs the ingest rate of
// revision B against revision A (git revisions; "." is the working tree) on this machine. Whole-run figures swing by
// a tenth from run to run, more than most single changes move them; here the two sides run in turns, A then B then
// B then A…, each turn a fresh process (bench/ab-pass.ts) that warms up and then ingests the corpus twice, and the
// figure is the median over the pairs of B's rate over A's. Each revision is checked out once in a temporary git
// worktree that shares this checkout's node_modules; the worktrees are removed at the end.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    store: { type: 'string', default: 'pglite' },
    corpus: { type: 'string', default: 'item' },
    pairs: { type: 'string', default: '8' },
  },
})
const [a, b] = positionals
if (!a || !b) {
  console.error('usage: npm run bench:ab -- A B [--store pglite|postgres] [--corpus item|report] [--pairs 8]')
  process.exit(2)
}
const here = resolve(import.meta.dirname, '..')
const git = (...args: string[]) => execFileSync('git', ['-C', here, ...args], { encoding: 'utf8' }).trim()

/** The commit `revision` names, "." as it is; exits with one line when it names none. */
function resolveRevision(revision: string): string {
  if (revision === '.') return revision
  try {
    return git('rev-parse', '--verify', '--quiet', `${revision}^{commit}`)
  } catch {
    console.error(`bench:ab: ${revision} is not a commit of this repository`)
    process.exit(2)
  }
}

/** The directory holding `commit`'s code: this checkout for ".", else a new worktree. */
function checkout(commit: string): { root: string; remove: () => void } {
  if (commit === '.') return { root: here, remove: () => {} }
  const root = mkdtempSync(join(tmpdir(), 'zj-ab-tree-'))
  git('worktree', 'add', '--detach', '--force', root, commit)
  symlinkSync(join(here, 'node_modules'), join(root, 'node_modules'))
  return {
    root,
    remove: () => {
      git('worktree', 'remove', '--force', root)
      rmSync(root, { recursive: true, force: true })
    },
  }
}

function pass(root: string): number {
  const out = execFileSync(
    join(here, 'node_modules/.bin/tsx'),
    [join(here, 'bench/ab-pass.ts'), '--root', root, '--store', values.store, '--corpus', values.corpus],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const { rates } = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as { rates: number[] }
  return median(rates)
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y)
  return sorted[(sorted.length - 1) >> 1] ?? Number.NaN
}

/** Alternating turns of A and B; prints each pair and the medians. */
function weigh(rootA: string, rootB: string): void {
  const ratios: number[] = []
  const rates: [number[], number[]] = [[], []]
  for (let pair = 0; pair < Number(values.pairs); pair++) {
    // A first in even pairs, B first in odd ones: a drift over the run weighs on both
    let ra: number
    let rb: number
    if (pair % 2 === 0) {
      ra = pass(rootA)
      rb = pass(rootB)
    } else {
      rb = pass(rootB)
      ra = pass(rootA)
    }
    rates[0].push(ra)
    rates[1].push(rb)
    ratios.push(rb / ra)
    console.log(`pair ${pair + 1}: A ${ra.toFixed(0)}/s, B ${rb.toFixed(0)}/s, B/A ${(rb / ra).toFixed(3)}`)
  }
  console.log(
    `${values.store} ${values.corpus}: A ${median(rates[0]).toFixed(0)}/s, B ${median(rates[1]).toFixed(0)}/s, ` +
      `B/A median ${median(ratios).toFixed(3)} (pairs ${ratios.map((r) => r.toFixed(2)).join(' ')})`,
  )
}

const [commitA, commitB] = [resolveRevision(a), resolveRevision(b)]
const left = checkout(commitA)
try {
  const right = checkout(commitB)
  try {
    weigh(left.root, right.root)
  } finally {
    right.remove()
  }
} finally {
  left.remove()
}
