// The administrative units of the generated gazetteer, indexed by code and by surface (full and short names).
import data from './data/gazetteer.json' with { type: 'json' }
import { KNOWN_SITES, RENAMED } from './lexicon.ts'

export type Level = 'province' | 'city' | 'county'

export interface Unit {
  readonly code: string
  readonly name: string
  readonly parent: string
  readonly level: Level
  readonly province: string
  /** prefecture-level ancestor (or itself), when there is one */
  readonly city?: string
}

/** How a surface names a unit: its official name, a suffix-less short name, an old name, a known site. */
export type SurfaceKind = 'full' | 'short' | 'renamed' | 'site'

export interface SurfaceEntry {
  readonly unit: Unit
  readonly kind: SurfaceKind
}

type Row = readonly [string, string, string, readonly string[]]

export const GAZETTEER_SOURCE: string = data.source

function levelOf(code: string): Level {
  if (code.endsWith('0000')) return 'province'
  if (code.endsWith('00')) return 'city'
  return 'county'
}

const units = new Map<string, Unit>()
for (const row of data.units as unknown as readonly Row[]) {
  const [code, name, parent] = row
  const level = levelOf(code)
  const province = `${code.slice(0, 2)}0000`
  let city: string | undefined
  if (level === 'city') city = code
  else if (level === 'county' && parent !== province) city = parent
  units.set(
    code,
    city === undefined ? { code, name, parent, level, province } : { code, name, parent, level, province, city },
  )
}

export function unitByCode(code: string): Unit | undefined {
  return units.get(code)
}

export function allUnits(): IterableIterator<Unit> {
  return units.values()
}

/** Codes of the unit and every unit above it. */
export function ancestors(code: string): string[] {
  const out: string[] = []
  let u = units.get(code)
  while (u) {
    out.push(u.code)
    u = u.parent ? units.get(u.parent) : undefined
  }
  return out
}

const surfaces = new Map<string, SurfaceEntry[]>()
function addSurface(surface: string, entry: SurfaceEntry): void {
  const list = surfaces.get(surface)
  if (!list) surfaces.set(surface, [entry])
  else if (!list.some((e) => e.unit.code === entry.unit.code)) list.push(entry)
}

for (const row of data.units as unknown as readonly Row[]) {
  const unit = units.get(row[0])
  if (!unit) continue
  addSurface(row[1], { unit, kind: 'full' })
}
for (const row of data.units as unknown as readonly Row[]) {
  const unit = units.get(row[0])
  if (!unit) continue
  for (const s of row[3]) {
    // a former county name (X县) that is now a district or city is an old name
    // 东乡县 for 东乡族自治县, 延边州 for 延边朝鲜族自治州: a usual name with its suffix
    const usual = /[县旗州]$/u.test(s) && /自治[县旗州]$/u.test(row[1])
    const kind: SurfaceKind = usual ? 'full' : s.endsWith('县') && !row[1].endsWith('县') ? 'renamed' : 'short'
    addSurface(s, { unit, kind })
  }
}
// 甯 is an old form of 宁 that script conversion keeps (遼甯省): the province and city names get it too
for (const [surface, entries] of [...surfaces]) {
  if (!surface.includes('宁')) continue
  for (const e of entries) if (e.unit.level !== 'county') addSurface(surface.replaceAll('宁', '甯'), e)
}
for (const [name, code] of Object.entries(RENAMED)) {
  const unit = units.get(code)
  if (unit) addSurface(name, { unit, kind: 'renamed' })
}
for (const [name, code] of Object.entries(KNOWN_SITES)) {
  const unit = units.get(code)
  if (unit) addSurface(name, { unit, kind: 'site' })
}

export const COMMON_WORDS: ReadonlySet<string> = new Set(data.common)

/** Every surface, for building the matcher's trie. */
export function allSurfaces(): ReadonlyMap<string, readonly SurfaceEntry[]> {
  return surfaces
}
