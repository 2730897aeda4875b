// npm run bench: every benchmark of the project, each reported as a ratio to a baseline measured in the same run.
import { benchExtract, formatRows } from './extract.ts'

const rows = await benchExtract()
console.log('== extract (ratio = jieba cut time / extract time; target ≥ 0.25)')
console.log(formatRows(rows))

const { benchIngest, formatIngestRows } = await import('./ingest.ts')
console.log('== ingest (ratio = ingest articles/s / extract-only articles/s on the same articles; target ≥ 0.5)')
console.log(formatIngestRows(await benchIngest()))
