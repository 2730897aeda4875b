// npm run bench: every benchmark of the project, each reported as a ratio to a baseline measured in the same run.
import { benchExtract, formatRows } from './extract.ts'

const rows = await benchExtract()
console.log('== extract (ratio = jieba cut time / extract time; target ≥ 0.25)')
console.log(formatRows(rows))
