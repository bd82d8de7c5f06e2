import { describe, expect, it } from 'vitest'
import { fileNameFrom } from './contentDisposition'

describe('fileNameFrom', () => {
  it('reads quoted and bare file names', () => {
    expect(fileNameFrom('attachment; filename="usage-logs-2024-05-01.csv"', 'x.csv')).toBe('usage-logs-2024-05-01.csv')
    expect(fileNameFrom('attachment; filename=logs.csv', 'x.csv')).toBe('logs.csv')
  })

  it('prefers the UTF-8 form', () => {
    expect(fileNameFrom("attachment; filename=\"logs.csv\"; filename*=UTF-8''%E6%97%A5%E5%BF%97.csv", 'x.csv')).toBe('日志.csv')
  })

  it('falls back when there is no usable name', () => {
    expect(fileNameFrom(null, 'usage-logs.csv')).toBe('usage-logs.csv')
    expect(fileNameFrom('attachment', 'usage-logs.csv')).toBe('usage-logs.csv')
    expect(fileNameFrom('attachment; filename=""', 'usage-logs.csv')).toBe('usage-logs.csv')
  })

  it('keeps folders out of the name', () => {
    expect(fileNameFrom('attachment; filename="../../etc/passwd"', 'x.csv')).toBe('.._.._etc_passwd')
  })
})
