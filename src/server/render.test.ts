import { describe, expect, it } from 'vitest'
import { parseId, safeBack } from './render.ts'

describe('safeBack', () => {
  it.each([
    ['/a/12', '/a/12'],
    ['/a/12?cpage=2#comments', '/a/12?cpage=2#comments'],
    ['/', '/'],
  ])('keeps the local path %s', (input, want) => {
    expect(safeBack(input, '/fallback')).toBe(want)
  })

  it.each([
    ['//evil.example/x'],
    ['/\\evil.example'],
    ['https://evil.example/'],
    ['javascript:alert(1)'],
    ['/a b'],
    [''],
    [undefined],
    [42],
  ])('refuses %s', (input) => {
    expect(safeBack(input, '/fallback')).toBe('/fallback')
  })
})

describe('parseId', () => {
  it('reads positive decimal ids and nothing else', () => {
    expect(parseId('42')).toBe(42)
    for (const bad of ['0', '-1', '1e5', 'abc', '', '12.5', '9999999999999999', undefined]) {
      expect(parseId(bad), String(bad)).toBeUndefined()
    }
  })
})
