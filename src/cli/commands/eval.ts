// zhengji eval: scores the engine on the project's fixtures, and on ../shared's seed page and dev set when present.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { extract, formatScore, type ReferenceEvent, type ScoredPair, scoreDocuments } from '../../extract/index.ts'
import type { CommandModule } from '../zhengji.ts'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))

interface Fixture {
  readonly id: string
  readonly published: string
  readonly title?: string
  readonly outlet?: string
  readonly text: string
  readonly expected: { readonly events: readonly ReferenceEvent[] }
}

/** Scores every fixture in `dir` with the project's scorer. */
export function evalFixtures(dir: string): { pairs: ScoredPair[]; ms: number } {
  const pairs: ScoredPair[] = []
  let ms = 0
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    const fx = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Fixture
    const t0 = performance.now()
    const result = extract(fx.text, {
      published: fx.published,
      ...(fx.title !== undefined ? { title: fx.title } : {}),
      ...(fx.outlet !== undefined ? { outlet: fx.outlet } : {}),
    })
    ms += performance.now() - t0
    pairs.push({ id: fx.id ?? f, reference: fx.expected, predicted: result })
  }
  return { pairs, ms }
}

function lastLine(out: string): string {
  return out.trim().split('\n').at(-1) ?? ''
}

/** The seed page and the dev set, scored by the shared scorer (spawned, as the annotators run it). */
function evalShared(shared: string, verbose: boolean): { name: string; output: string }[] {
  const scorer = join(shared, 'eval', 'score.mjs')
  const tmp = mkdtempSync(join(tmpdir(), 'zhengji-eval-'))
  const runs: { name: string; output: string }[] = []
  const score = (ref: string, pred: string) =>
    spawnSync(process.execPath, [scorer, ref, pred, ...(verbose ? ['--verbose'] : [])], { encoding: 'utf8' }).stdout
  try {
    const seedDir = join(shared, 'seed')
    if (existsSync(seedDir)) {
      for (const f of readdirSync(seedDir).filter((x) => x.endsWith('.expected.json'))) {
        const id = f.replace(/\.expected\.json$/, '')
        const gold = JSON.parse(readFileSync(join(seedDir, f), 'utf8')) as { published: string }
        const text = readFileSync(join(seedDir, `${id}.txt`), 'utf8')
        const pred = join(tmp, `${id}.json`)
        writeFileSync(pred, JSON.stringify(extract(text, { published: gold.published })))
        runs.push({ name: `seed ${id}`, output: score(join(seedDir, f), pred) })
      }
    }
    const dev = join(shared, 'eval', 'dev')
    if (existsSync(join(dev, 'corpus'))) {
      const predDir = join(tmp, 'dev')
      mkdirSync(predDir)
      for (const f of readdirSync(join(dev, 'corpus')).filter((x) => x.endsWith('.json'))) {
        const id = f.replace(/\.json$/, '')
        const doc = JSON.parse(readFileSync(join(dev, 'corpus', f), 'utf8')) as { title: string | null; text: string }
        const goldFile = join(dev, 'gold', `${id}.expected.json`)
        if (!existsSync(goldFile)) continue
        const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as { published: string }
        const result = extract(`${doc.title ?? ''}\n${doc.text}`, { published: gold.published })
        writeFileSync(join(predDir, `${id}.json`), JSON.stringify(result))
      }
      runs.push({ name: 'dev set', output: score(join(dev, 'gold'), predDir) })
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
  return runs
}

const command: CommandModule = {
  summary: 'score the engine on its fixtures (and ../shared when present)',
  usage: [
    'zhengji eval [--fixtures DIR] [--shared DIR] [--no-shared] [--verbose]',
    '',
    '  --fixtures  fixture folder (default test/fixtures/extract): {id, published, title?, outlet?, text, expected}',
    "  --shared    the annotators' folder with eval/score.mjs, seed/ and eval/dev/ (default ../shared)",
    '  --verbose   print every miss and false positive',
  ].join('\n'),
  async run(argv) {
    const verbose = argv.includes('--verbose')
    const at = (flag: string): string | undefined => {
      const i = argv.indexOf(flag)
      return i >= 0 ? argv[i + 1] : undefined
    }
    const fixtures = at('--fixtures') ?? join(ROOT, 'test', 'fixtures', 'extract')
    const shared = at('--shared') ?? join(ROOT, '..', 'shared')
    const lines: string[] = []
    if (existsSync(fixtures)) {
      const { pairs, ms } = evalFixtures(fixtures)
      const score = scoreDocuments(pairs)
      console.log(`== fixtures (${pairs.length}, ${ms.toFixed(0)} ms)`)
      console.log(formatScore(score, verbose))
      lines.push(`fixtures  F1 ${score.overall.f1.toFixed(3)}`)
    } else {
      console.log(`no fixtures at ${fixtures}`)
    }
    if (!argv.includes('--no-shared') && existsSync(join(shared, 'eval', 'score.mjs'))) {
      for (const run of evalShared(shared, verbose)) {
        console.log(`== ${run.name}`)
        console.log(run.output.trimEnd())
        lines.push(`${run.name.padEnd(9)} ${lastLine(run.output)}`)
      }
    }
    console.log('== summary')
    for (const l of lines) console.log(l)
    return 0
  },
}
export default command
