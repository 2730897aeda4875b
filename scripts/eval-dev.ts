// Development loop: extracts the dev set and the seed page in-process and scores them with ../shared/eval/score.mjs.
//   npx tsx scripts/eval-dev.ts [--verbose] [--only 101,102] [--seed]
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { extract } from '../src/extract/index.ts'

const SHARED = process.env['ZHENGJI_SHARED'] ?? join(import.meta.dirname, '..', '..', 'shared')
const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const onlyArg = args[args.indexOf('--only') + 1]
const only = args.includes('--only') && onlyArg ? new Set(onlyArg.split(',')) : null

if (!existsSync(SHARED)) {
  console.error(`no shared folder at ${SHARED}`)
  process.exit(2)
}

const out = mkdtempSync(join(tmpdir(), 'zhengji-dev-'))
const dev = join(SHARED, 'eval', 'dev')
const goldDir = join(dev, 'gold')
const predDir = join(out, 'pred')
const refDir = join(out, 'gold')
mkdirSync(predDir)
mkdirSync(refDir)
let ms = 0
for (const f of readdirSync(join(dev, 'corpus')).sort()) {
  const id = f.replace(/\.json$/, '')
  if (only && !only.has(id)) continue
  const doc = JSON.parse(readFileSync(join(dev, 'corpus', f), 'utf8')) as { title: string | null; text: string }
  const gold = JSON.parse(readFileSync(join(goldDir, `${id}.expected.json`), 'utf8')) as { published: string }
  const input = `${doc.title ?? ''}\n${doc.text}`
  const t0 = performance.now()
  const result = extract(input, { published: gold.published })
  ms += performance.now() - t0
  writeFileSync(join(predDir, `${id}.json`), JSON.stringify(result, null, 1))
  writeFileSync(join(refDir, `${id}.expected.json`), readFileSync(join(goldDir, `${id}.expected.json`)))
}
console.log(`dev: extracted in ${ms.toFixed(0)} ms → ${predDir}`)
const score = (ref: string, pred: string) =>
  spawnSync('node', [join(SHARED, 'eval', 'score.mjs'), ref, pred, ...(verbose ? ['--verbose'] : [])], {
    encoding: 'utf8',
  }).stdout
console.log(score(refDir, predDir))

const seedTxt = join(SHARED, 'seed', '000_f42da57bc8562080.txt')
const seed = extract(readFileSync(seedTxt, 'utf8'), { published: '2023-11-12T21:33:00+08:00' })
const seedPred = join(out, 'seed.json')
writeFileSync(seedPred, JSON.stringify(seed, null, 1))
console.log('seed:')
console.log(score(join(SHARED, 'seed', '000_f42da57bc8562080.expected.json'), seedPred))
