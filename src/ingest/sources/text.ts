// A plain-text article: the first non-empty line is the title, the rest the body; a date in the first lines is
// taken as the publication time.
import { type ArticleDraft, detectScript, findDateTime, takeCredits, tidy } from '../article.ts'
import { IngestError } from '../errors.ts'

export function readText(text: string, source: string): ArticleDraft {
  const lines = tidy(text).split('\n')
  const titleIndex = lines.findIndex((l) => l.trim().length > 0)
  const title = (lines[titleIndex] ?? '').trim()
  const rest = lines.slice(titleIndex + 1).join('\n')
  const credits = takeCredits(rest)
  if (!title || credits.body.replace(/\s/g, '').length === 0) {
    throw new IngestError(
      'ZJ_INGEST_EMPTY',
      source,
      title ? 'the file has a title line and no body' : 'the file is empty',
    )
  }
  // a header line such as "2023-11-08 09:30 来源：某报" right under the title
  const head = credits.body.split('\n').slice(0, 2).join('\n')
  const published = /^[\s\S]{0,40}(?:19|20)\d{2}[-年/.]/.test(head) ? findDateTime(head) : undefined
  return {
    title,
    body: credits.body,
    ...(published ? { published } : {}),
    byline: credits.byline,
    ...(credits.editor ? { editor: credits.editor } : {}),
    sources: credits.sources,
    script: detectScript(`${title}\n${credits.body}`),
  }
}
