// A character trie over surfaces: matching walks at most the longest surface from each position (no regex).

export interface TrieNode<T> {
  readonly next: Map<number, TrieNode<T>>
  value?: T
}

export function createTrie<T>(): TrieNode<T> {
  return { next: new Map() }
}

export function insert<T>(root: TrieNode<T>, key: string, value: T): void {
  let node = root
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i)
    let child = node.next.get(c)
    if (!child) {
      child = { next: new Map() }
      node.next.set(c, child)
    }
    node = child
  }
  node.value = value
}

export interface TrieHit<T> {
  readonly end: number
  readonly value: T
}

/** Every key that starts at `start`, longest first. */
const NONE: readonly never[] = []

export function matchesAt<T>(root: TrieNode<T>, text: string, start: number): readonly TrieHit<T>[] {
  if (!root.next.has(text.charCodeAt(start))) return NONE
  const out: TrieHit<T>[] = []
  let node: TrieNode<T> | undefined = root
  for (let i = start; i < text.length; i++) {
    node = node.next.get(text.charCodeAt(i))
    if (!node) break
    if (node.value !== undefined) out.push({ end: i + 1, value: node.value })
  }
  return out.reverse()
}

const masks = new WeakMap<object, Uint8Array>()

/** A bitmap of the characters that start a key: a cheap test before walking the trie. */
export function firstChars<T>(root: TrieNode<T>): Uint8Array {
  let m = masks.get(root)
  if (!m) {
    m = new Uint8Array(65536)
    for (const c of root.next.keys()) m[c] = 1
    masks.set(root, m)
  }
  return m
}

export interface TrieRun<T> {
  readonly pos: number
  readonly hits: readonly TrieHit<T>[]
}

/** Every position of `text` where some key starts, with its keys (longest first), in text order. */
export function allMatches<T>(root: TrieNode<T>, text: string): TrieRun<T>[] {
  const mask = firstChars(root)
  const out: TrieRun<T>[] = []
  for (let i = 0; i < text.length; i++) {
    if (mask[text.charCodeAt(i)] === 0) continue
    const hits = matchesAt(root, text, i)
    if (hits.length > 0) out.push({ pos: i, hits })
  }
  return out
}

/** A trie of the words written backwards: `endsWithAny` asks whether one of them ends at a position. */
export function reverseTrie(words: Iterable<string>): TrieNode<true> {
  const t = createTrie<true>()
  for (const w of words) insert(t, [...w].reverse().join(''), true)
  return t
}

/** True when a word of `reversed` (built by reverseTrie) ends right before `end` in `text`. */
export function endsWithAny(reversed: TrieNode<true>, text: string, end: number): boolean {
  let node: TrieNode<true> | undefined = reversed
  for (let i = end - 1; i >= 0; i--) {
    node = node.next.get(text.charCodeAt(i))
    if (!node) return false
    if (node.value) return true
  }
  return false
}
