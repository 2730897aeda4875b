import { describe, expect, it } from 'vitest'
import { normalizeComment } from './engage.ts'

describe('normalizeComment', () => {
  it('keeps the text a reader typed, markup included, as plain text', () => {
    expect(normalizeComment('<b>好</b> & <script>x</script>')).toBe('<b>好</b> & <script>x</script>')
  })

  it('unifies line breaks, squeezes blank runs and trims', () => {
    expect(normalizeComment('  第一行\r\n第二行\r\r\n\n\n\n第三行  ')).toBe('第一行\n第二行\n\n第三行')
  })

  it('drops control and direction-override characters', () => {
    expect(normalizeComment('a\u0000b\u0007c\u202ed\u200be')).toBe('abcde')
  })

  it('leaves nothing of whitespace-only input', () => {
    expect(normalizeComment(' \n\t\u0000 ')).toBe('')
  })
})
