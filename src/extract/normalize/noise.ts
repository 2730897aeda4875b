// Noise inside sentences: pinyin glosses after characters (會(huì)見), masks and symbols injected inside words.
import { type Mapped, rewrite } from './mapped.ts'

const CJK = '\\u3400-\\u9fff'
/** `會(huì)見`: a toned pinyin syllable in brackets right after a character. */
const PINYIN_GLOSS = new RegExp(
  `(?<=[${CJK}])\\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\\)`,
  'g',
)
/** `學習*取經`, `景♥俊海`: masks and decorative symbols between two characters. */
const INJECTED = new RegExp(`(?<=[${CJK},，。、])[*＊★☆♥♡◆◇■□●○▲▼※¤§#]+(?=[${CJK}“])`, 'g')

export function dropNoise(source: Mapped): Mapped {
  return rewrite(
    rewrite(source, PINYIN_GLOSS, () => ''),
    INJECTED,
    () => '',
  )
}
