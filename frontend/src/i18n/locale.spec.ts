import { describe, expect, it } from 'vitest'
import { detectLocale } from './locale'
import en from './locales/en'
import zhCN from './locales/zh-CN'

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  )
}

describe('locale', () => {
  it('picks Chinese for any zh variant and English otherwise', () => {
    expect(detectLocale(['zh-TW', 'en'])).toBe('zh-CN')
    expect(detectLocale(['fr-FR', 'en-GB'])).toBe('en')
    expect(detectLocale(['de'])).toBe('en')
    expect(detectLocale([])).toBe('en')
  })

  it('has the same message keys in both languages', () => {
    expect(keys(zhCN).sort()).toEqual(keys(en).sort())
  })
})
