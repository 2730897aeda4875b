// What the text as a whole says about places: the units it names outright and those above them.
import { ancestors, type Unit } from './gazetteer.ts'

/** How a surface was read: the unit, the rule that chose it, and the site it names, if any. */
export interface Choice {
  readonly unit: Unit
  readonly rule: string
  readonly site?: string
}

export interface Context {
  /** codes named outright */
  readonly named: Set<string>
  /** codes of units above a named unit, with the smallest distance */
  readonly implied: Map<string, number>
  /** resolutions by surface, valid until the context grows */
  readonly cache: Map<string, Choice | null>
}

export function addToContext(ctx: Context, code: string): void {
  if (ctx.named.has(code)) return
  ctx.cache.clear()
  ctx.named.add(code)
  const up = ancestors(code)
  for (let d = 1; d < up.length; d++) {
    const c = up[d]
    if (c === undefined) continue
    const prev = ctx.implied.get(c)
    if (prev === undefined || d < prev) ctx.implied.set(c, d)
  }
}

export function newContext(): Context {
  return { named: new Set(), implied: new Map(), cache: new Map() }
}

/** How well the text supports reading a surface as this unit. */
export function support(ctx: Context, u: Unit): number {
  if (ctx.named.has(u.code)) return 4
  const d = ctx.implied.get(u.code)
  if (d !== undefined) return d === 1 ? 3 : 2
  if (u.city && u.city !== u.code && ctx.named.has(u.city)) return 2
  if (u.city && u.city !== u.code && ctx.implied.has(u.city)) return 2
  if (u.level !== 'province' && (ctx.named.has(u.province) || ctx.implied.has(u.province))) return 1
  return 0
}
