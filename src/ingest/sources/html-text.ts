// HTML to plain text with one paragraph a line: block elements and <br> end lines, scripts and styles are dropped.
import { parseHTML } from 'linkedom'

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
])
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'HEAD'])

interface NodeLike {
  nodeType: number
  nodeName: string
  textContent: string | null
  childNodes: ArrayLike<NodeLike>
}

/** The text of a DOM node, paragraphs on their own lines. */
export function nodeText(node: NodeLike): string {
  const out: string[] = []
  const walk = (n: NodeLike) => {
    if (n.nodeType === 3) {
      out.push((n.textContent ?? '').replace(/[ \t\r\n]+/g, ' '))
      return
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return
    const name = n.nodeName.toUpperCase()
    if (SKIP.has(name)) return
    const block = BLOCK.has(name)
    if (block) out.push('\n')
    for (let i = 0; i < n.childNodes.length; i++) {
      const child = n.childNodes[i]
      if (child) walk(child)
    }
    if (block) out.push('\n')
  }
  walk(node)
  return out
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join('\n')
}

/** The text of an HTML fragment or page. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`)
  return nodeText(document.body as unknown as NodeLike)
}
