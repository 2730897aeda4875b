// An HTML page to an article: the main text by @mozilla/readability over a linkedom DOM, the metadata from <meta>,
// <link rel=canonical>, the page's header lines and its credit lines (记者 / 责任编辑 / 来源 …).
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import {
  type ArticleDraft,
  detectScript,
  findDateTime,
  normalizeDate,
  normalizeUrl,
  takeCredits,
  tidy,
} from '../article.ts'
import { IngestError } from '../errors.ts'
import { nodeText } from './html-text.ts'

type Doc = ReturnType<typeof parseHTML>['document']

function meta(document: Doc, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const el =
      document.querySelector(`meta[property="${key}"]`) ??
      document.querySelector(`meta[name="${key}"]`) ??
      document.querySelector(`meta[itemprop="${key}"]`)
    const value = el?.getAttribute('content')?.trim()
    if (value) return value
  }
  return undefined
}

const TITLE_SEPARATOR = /\s*(?:[-_|｜—–]{1,2}|::)\s*/

/** Splits "标题 - 某某网" into the title and the outlet. */
function splitTitle(title: string): { title: string; outlet?: string } {
  const parts = title.split(TITLE_SEPARATOR).filter((p) => p.length > 0)
  if (parts.length < 2) return { title: title.trim() }
  const last = parts[parts.length - 1] ?? ''
  if (last.length <= 12 && /(?:网|網|报|報|日报|新闻|新聞|社|台|频道|客户端|政府|在线|online|news)$/i.test(last)) {
    return { title: parts.slice(0, -1).join(' - '), outlet: last }
  }
  return { title: parts[0] ?? title }
}

const HEADER_SOURCE = /(?:来源|來源)\s*[:：]\s*([^\s|｜<>]{2,24})/

/** Reads one HTML page (already decoded) into an article draft; throws ZJ_INGEST_EMPTY when there is no text. */
export function readHtml(html: string, source: string): ArticleDraft {
  const { document } = parseHTML(html)
  const rawTitle =
    meta(document, 'og:title', 'twitter:title', 'ArticleTitle') ?? document.querySelector('title')?.textContent ?? ''
  const h1 = document.querySelector('h1')?.textContent?.trim()
  const pageTitle = splitTitle(rawTitle.trim())
  const siteName = meta(document, 'og:site_name', 'application-name', 'SiteName')
  const canonical =
    normalizeUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ??
    normalizeUrl(meta(document, 'og:url'))
  const metaPublished = normalizeDate(
    meta(
      document,
      'article:published_time',
      'og:article:published_time',
      'datePublished',
      'publishdate',
      'PubDate',
      'pubdate',
      'publishtime',
      'firstpublishedtime',
    ),
  )
  const metaAuthor = meta(document, 'author', 'article:author')
  const metaSource = meta(document, 'source', 'ContentSource', 'contentSource')
  const timeEl = document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined
  // the page's own text before Readability trims it: header lines carry the time and 来源
  const wholeText = nodeText(document.body as never)

  const reader = new Readability(parseHTML(html).document as never, { charThreshold: 80, keepClasses: false })
  const parsed = reader.parse()
  let text = parsed?.content
    ? nodeText(parseHTML(`<html><body>${parsed.content}</body></html>`).document.body as never)
    : ''
  if (text.replace(/\s/g, '').length < 20) text = wholeText
  text = tidy(text)
  const title = (h1 && h1.length >= 4 && h1.length <= 80 ? h1 : pageTitle.title) || (parsed?.title ?? '').trim()
  // Readability repeats the headline as the first line: drop it
  const lines = text.split('\n')
  if (lines[0]?.trim() === title) lines.shift()
  const credits = takeCredits(lines.join('\n'))
  if (credits.body.replace(/\s/g, '').length < 10) {
    throw new IngestError('ZJ_INGEST_EMPTY', source, 'the page has no main text')
  }
  // the header line (time, 来源) sits just before the text in the page
  const headIndex = wholeText.indexOf(credits.body.slice(0, 20))
  const header = headIndex > 0 ? wholeText.slice(Math.max(0, headIndex - 400), headIndex) : wholeText.slice(0, 600)
  const headerSource = HEADER_SOURCE.exec(header)?.[1]
  const published = metaPublished ?? normalizeDate(timeEl) ?? findDateTime(header)
  const outlet = siteName ?? pageTitle.outlet
  const byline = credits.byline.length > 0 ? credits.byline : metaAuthor ? [metaAuthor] : []
  const sources = [
    ...new Set([...(metaSource ? [metaSource] : []), ...(headerSource ? [headerSource] : []), ...credits.sources]),
  ]
  return {
    title: title || credits.body.split('\n')[0]?.slice(0, 60) || source,
    body: credits.body,
    ...(published ? { published } : {}),
    ...(outlet ? { outlet } : {}),
    byline,
    ...(credits.editor ? { editor: credits.editor } : {}),
    sources,
    ...(canonical ? { url: canonical } : {}),
    script: detectScript(`${title}\n${credits.body}`),
  }
}
