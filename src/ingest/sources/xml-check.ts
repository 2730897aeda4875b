// A small well-formedness check for feeds: every start tag closed in order, no stray '<', entities known.
// linkedom's XML mode forgives broken markup; a feed that is not well-formed is quarantined instead of half-read.

const NAME = /^[A-Za-z_][\w.:-]*$/

/** Undefined when the XML is well-formed, else the first problem found. */
export function xmlProblem(xml: string): string | undefined {
  const stack: string[] = []
  let i = 0
  let roots = 0
  const n = xml.length
  while (i < n) {
    const lt = xml.indexOf('<', i)
    const textEnd = lt === -1 ? n : lt
    const text = xml.slice(i, textEnd)
    const badEntity = /&(?!(?:[A-Za-z][\w.-]*|#\d+|#x[\da-fA-F]+);)/.exec(text)
    if (badEntity) return `a bare '&' at offset ${i + badEntity.index}`
    if (stack.length === 0 && text.trim().length > 0 && roots > 0) return `text after the root element at offset ${i}`
    if (lt === -1) break
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4)
      if (end === -1) return `an unclosed comment at offset ${lt}`
      i = end + 3
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9)
      if (end === -1) return `an unclosed CDATA section at offset ${lt}`
      i = end + 3
    } else if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt + 2)
      if (end === -1) return `an unclosed processing instruction at offset ${lt}`
      i = end + 2
    } else if (xml.startsWith('<!', lt)) {
      const end = xml.indexOf('>', lt + 2)
      if (end === -1) return `an unclosed declaration at offset ${lt}`
      i = end + 1
    } else {
      const end = findTagEnd(xml, lt + 1)
      if (end === -1) return `an unclosed tag at offset ${lt}`
      const inner = xml.slice(lt + 1, end)
      if (inner.startsWith('/')) {
        const name = inner.slice(1).trim()
        const open = stack.pop()
        if (open !== name) return `</${name}> at offset ${lt} closes <${open ?? 'nothing'}>`
      } else {
        const selfClosing = inner.endsWith('/')
        const name = (inner.match(/^[^\s/>]+/) ?? [''])[0]
        if (!NAME.test(name)) return `a stray '<' at offset ${lt}`
        if (stack.length === 0) roots++
        if (roots > 1) return `a second root element <${name}> at offset ${lt}`
        if (!selfClosing) stack.push(name)
      }
      i = end + 1
    }
  }
  if (stack.length > 0) return `<${stack[stack.length - 1]}> is never closed`
  if (roots === 0) return 'no root element'
  return undefined
}

function findTagEnd(xml: string, from: number): number {
  let quote: string | undefined
  for (let j = from; j < xml.length; j++) {
    const c = xml[j]
    if (quote) {
      if (c === quote) quote = undefined
    } else if (c === '"' || c === "'") quote = c
    else if (c === '>') return j
    else if (c === '<') return -1
  }
  return -1
}
