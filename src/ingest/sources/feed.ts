// RSS 2.0 and Atom feeds: every item becomes an article, with the full text when the item carries it
// (content:encoded, Atom <content>), else its description or summary. A feed that is not well-formed is refused whole.
import { DOMParser } from 'linkedom'
import { type ArticleDraft, detectScript, normalizeDate, normalizeUrl, takeCredits, tidy } from '../article.ts'
import { IngestError } from '../errors.ts'
import { htmlToText } from './html-text.ts'
import { xmlProblem } from './xml-check.ts'

interface El {
  readonly tagName: string
  readonly textContent: string | null
  getAttribute(name: string): string | null
  getElementsByTagName(name: string): ArrayLike<El>
  readonly children: ArrayLike<El>
}

function child(el: El, ...names: string[]): El | undefined {
  for (const name of names) {
    for (let i = 0; i < el.children.length; i++) {
      const c = el.children[i]
      if (c && c.tagName.toLowerCase() === name.toLowerCase()) return c
    }
  }
  return undefined
}

function childText(el: El, ...names: string[]): string | undefined {
  const text = child(el, ...names)?.textContent?.trim()
  return text ? text : undefined
}

function all(el: El, name: string): El[] {
  const out: El[] = []
  for (let i = 0; i < el.children.length; i++) {
    const c = el.children[i]
    if (c && c.tagName.toLowerCase() === name) out.push(c)
  }
  return out
}

/** Item text that may be HTML (escaped or CDATA) to plain text. */
function itemText(value: string | undefined): string {
  if (!value) return ''
  return tidy(/<[a-z!/][^>]*>/i.test(value) ? htmlToText(value) : value)
}

export interface FeedItem {
  readonly source: string
  readonly draft?: ArticleDraft
  readonly error?: IngestError
}

function draftOf(input: {
  title: string | undefined
  text: string
  link: string | undefined
  published: string | undefined
  outlet: string | undefined
  author: string | undefined
}): ArticleDraft | undefined {
  const credits = takeCredits(input.text)
  if (credits.body.replace(/\s/g, '').length < 10) return undefined
  const title = input.title ?? credits.body.split('\n')[0]?.slice(0, 60) ?? ''
  const url = normalizeUrl(input.link)
  const byline = credits.byline.length > 0 ? credits.byline : input.author ? [input.author] : []
  return {
    title,
    body: credits.body,
    ...(input.published ? { published: input.published } : {}),
    ...(input.outlet ? { outlet: input.outlet } : {}),
    byline,
    ...(credits.editor ? { editor: credits.editor } : {}),
    sources: credits.sources,
    ...(url ? { url } : {}),
    script: detectScript(`${title}\n${credits.body}`),
  }
}

/** Reads an RSS 2.0 or Atom feed; throws ZJ_INGEST_BAD_FEED for XML that is not well-formed or not a feed. */
export function readFeed(xml: string, source: string): FeedItem[] {
  const problem = xmlProblem(xml)
  if (problem) throw new IngestError('ZJ_INGEST_BAD_FEED', source, problem)
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as { documentElement: El | null }
  const root = doc.documentElement
  if (!root) throw new IngestError('ZJ_INGEST_BAD_FEED', source, 'no root element')
  const rootName = root.tagName.toLowerCase()
  const items: FeedItem[] = []
  if (rootName === 'rss' || rootName === 'rdf:rdf') {
    const channel = child(root, 'channel') ?? root
    const outlet = childText(channel, 'title')
    const entries = [...all(channel, 'item'), ...all(root, 'item')]
    entries.forEach((item, index) => {
      const link = childText(item, 'link') ?? childText(item, 'guid')
      const itemSource = `${source}#item-${index + 1}`
      const full = childText(item, 'content:encoded')
      const draft = draftOf({
        title: childText(item, 'title'),
        text: itemText(full ?? childText(item, 'description')),
        link,
        published: normalizeDate(childText(item, 'pubDate', 'dc:date')),
        outlet,
        author: childText(item, 'dc:creator', 'author'),
      })
      items.push(
        draft
          ? { source: itemSource, draft }
          : { source: itemSource, error: new IngestError('ZJ_INGEST_EMPTY', itemSource, 'the item has no text') },
      )
    })
    return items
  }
  if (rootName === 'feed') {
    const outlet = childText(root, 'title')
    all(root, 'entry').forEach((entry, index) => {
      const links = all(entry, 'link')
      const alternate = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0]
      const itemSource = `${source}#entry-${index + 1}`
      const author = child(entry, 'author')
      const draft = draftOf({
        title: childText(entry, 'title'),
        text: itemText(childText(entry, 'content') ?? childText(entry, 'summary')),
        link: alternate?.getAttribute('href') ?? undefined,
        published: normalizeDate(childText(entry, 'published', 'updated')),
        outlet,
        author: author ? childText(author, 'name') : undefined,
      })
      items.push(
        draft
          ? { source: itemSource, draft }
          : { source: itemSource, error: new IngestError('ZJ_INGEST_EMPTY', itemSource, 'the entry has no text') },
      )
    })
    return items
  }
  throw new IngestError('ZJ_INGEST_BAD_FEED', source, `the root element is <${root.tagName}>, not <rss> or <feed>`)
}
