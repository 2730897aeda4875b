// A string with, for each of its UTF-16 units, the index of the unit of the original text it came from.

export interface Mapped {
  readonly text: string
  /** origin[i] = index in the original text of unit i; origin.length === text.length */
  readonly origin: Int32Array
}

export function identity(text: string): Mapped {
  const origin = new Int32Array(text.length)
  for (let i = 0; i < origin.length; i++) origin[i] = i
  return { text, origin }
}

/** Collects kept units of a source Mapped (or replacement text standing for a source range). */
export class MappedBuilder {
  private readonly parts: string[] = []
  private origin: Int32Array
  private length = 0

  constructor(
    private readonly source: Mapped,
    capacity = source.text.length,
  ) {
    this.origin = new Int32Array(Math.max(16, capacity))
  }

  private grow(n: number): void {
    if (this.length + n <= this.origin.length) return
    const next = new Int32Array(Math.max(this.origin.length * 2, this.length + n))
    next.set(this.origin.subarray(0, this.length))
    this.origin = next
  }

  /** Keeps source units [start, end) unchanged. */
  keep(start: number, end: number): void {
    if (end <= start) return
    this.grow(end - start)
    this.parts.push(this.source.text.slice(start, end))
    this.origin.set(this.source.origin.subarray(start, end), this.length)
    this.length += end - start
  }

  /** Emits `text` in place of source units [start, end): unit k maps to source unit min(start + k, end - 1). */
  replace(start: number, end: number, text: string): void {
    if (text.length === 0) return
    this.grow(text.length)
    this.parts.push(text)
    const last = Math.max(start, end - 1)
    for (let k = 0; k < text.length; k++) {
      this.origin[this.length + k] = this.source.origin[Math.min(start + k, last)] ?? 0
    }
    this.length += text.length
  }

  build(): Mapped {
    return { text: this.parts.join(''), origin: this.origin.slice(0, this.length) }
  }
}

/** Applies a regex-driven rewrite: every match is replaced by `replacer(match)` (a string, possibly empty). */
export function rewrite(source: Mapped, pattern: RegExp, replacer: (m: RegExpExecArray) => string): Mapped {
  if (!pattern.global) throw new Error('rewrite needs a global pattern')
  pattern.lastIndex = 0
  let m = pattern.exec(source.text)
  if (m === null) return source
  const out = new MappedBuilder(source)
  let at = 0
  while (m !== null) {
    const start = m.index
    const end = start + m[0].length
    out.keep(at, start)
    out.replace(start, end, replacer(m))
    at = end
    if (m[0].length === 0) pattern.lastIndex++
    m = pattern.exec(source.text)
  }
  out.keep(at, source.text.length)
  return out.build()
}
