// A part of day standing alone (上午, 下午, 晚上): it attaches to the narrative's current date.

import type { Parser } from '../model.ts'
import { draft, PART_SRC, PART_WORDS } from '../model.ts'

export const partOfDay: Parser = {
  id: 'part-of-day',
  pattern: new RegExp(`(${PART_SRC})`, 'g'),
  extract(match) {
    const part = PART_WORDS[match[1] ?? '']
    if (!part) return null
    return draft(match, 'part-of-day', { k: 'part' }, { part })
  },
}
