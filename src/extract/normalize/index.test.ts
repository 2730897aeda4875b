import { describe, expect, it } from 'vitest'
import { normalize } from './index.ts'

describe('normalize', () => {
  it('turns traditional characters into simplified ones, keeping offsets', () => {
    const n = normalize('四川省黨政代表團抵達廣州')
    expect(n.text).toBe('四川省党政代表团抵达广州')
    expect(n.toOriginal(3)).toBe(3)
  })

  it('writes variant forms OpenCC keeps as their standard characters, in simplified text too', () => {
    expect(normalize('代表团抵达南甯，转赴靑海').text).toBe('代表团抵达南宁,转赴青海')
    expect(normalize('代表團抵達遼甯').text).toBe('代表团抵达辽宁')
  })

  it('folds full-width digits and brackets to ASCII', () => {
    expect(normalize('１１月６日（星期一）').text).toBe('11月6日(星期一)')
  })

  it('drops page chrome lines and maps later offsets back to the original', () => {
    const original = '登录注册\n30896\n分享到微博\n代表团抵达杭州。'
    const n = normalize(original)
    expect(n.text.trim()).toBe('代表团抵达杭州。')
    const at = n.text.indexOf('杭州')
    expect(original.slice(n.toOriginal(at), n.toOriginal(at + 1) + 1)).toBe('杭州')
  })

  it('drops pinyin glosses and masks inside words', () => {
    const n = normalize('在廣州會(huì)見了來賓,學習*取經')
    expect(n.text).toBe('在广州会见了来宾,学习取经')
    const at = n.text.indexOf('见')
    expect(n.toOriginal(at)).toBe('在廣州會(huì)見'.length - 1)
  })

  it('keeps editorial lines that carry no chrome word', () => {
    expect(normalize('责任编辑:张三\n两省签署合作协议。').text).toBe('\n两省签署合作协议。')
  })

  it('accepts empty and binary-looking text', () => {
    expect(normalize('').text).toBe('')
    expect(normalize('\u0000\u0001\uffff').toOriginal(5)).toBe(3)
  })
})
