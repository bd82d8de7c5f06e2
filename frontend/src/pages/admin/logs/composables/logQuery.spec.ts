import { describe, expect, it } from 'vitest'
import { buildLogQuery, emptyFilters, lastDays, rangeInverted, toIsoBound } from './logQuery'

describe('buildLogQuery', () => {
  it('leaves empty and blank fields out', () => {
    expect(buildLogQuery(emptyFilters())).toBe('')
    expect(buildLogQuery({ ...emptyFilters(), user: '  ', ip: '10.0.0.1 ' })).toBe('ip=10.0.0.1')
  })

  it('sends dates as ISO instants covering whole local days', () => {
    const query = new URLSearchParams(buildLogQuery({ ...emptyFilters(), start: '2024-05-01', end: '2024-05-03' }))
    expect(query.get('start')).toBe(new Date(2024, 4, 1, 0, 0, 0, 0).toISOString())
    expect(query.get('end')).toBe(new Date(2024, 4, 3, 23, 59, 59, 999).toISOString())
  })

  it('sends date-times in local time, an end minute included whole', () => {
    const query = new URLSearchParams(buildLogQuery({ ...emptyFilters(), start: '2024-05-01T08:30', end: '2024-05-01T09:15' }))
    expect(query.get('start')).toBe(new Date(2024, 4, 1, 8, 30).toISOString())
    expect(query.get('end')).toBe(new Date(2024, 4, 1, 9, 15, 59, 999).toISOString())
    expect(toIsoBound('2024-05-01T09:15:20', 'end')).toBe(new Date(2024, 4, 1, 9, 15, 20).toISOString())
  })

  it('encodes every filter and the paging, in a stable order', () => {
    const query = buildLogQuery(
      { ...emptyFilters(), user: 'ann@example.com', ip: '2001:db8::1', model: 'gpt-4o', status: 'ok' },
      { page: 2, size: 50 },
    )
    expect(query).toBe('user=ann%40example.com&ip=2001%3Adb8%3A%3A1&model=gpt-4o&status=ok&page=2&size=50')
  })

  it('passes the channel, API key and group filters to the list and the export alike', () => {
    const filters = { ...emptyFilters(), status: 'ok', channel: '7', api_key: ' laptop ', group: '3' }
    expect(buildLogQuery(filters)).toBe('status=ok&channel=7&api_key=laptop&group=3')
    expect(buildLogQuery(filters, { page: 1, size: 50 })).toBe('status=ok&channel=7&api_key=laptop&group=3&page=1&size=50')
  })

  it('drops unreadable dates instead of sending them', () => {
    expect(buildLogQuery({ ...emptyFilters(), start: 'yesterday' })).toBe('')
    expect(toIsoBound('2024-13-45T99:99', 'start')).toBeNull()
  })

  it('passes ISO strings with an offset through as instants', () => {
    expect(toIsoBound('2024-05-01T00:00:00+08:00', 'start')).toBe('2024-04-30T16:00:00.000Z')
  })
})

describe('range helpers', () => {
  it('spots a start after the end', () => {
    expect(rangeInverted({ ...emptyFilters(), start: '2024-05-02', end: '2024-05-01' })).toBe(true)
    expect(rangeInverted({ ...emptyFilters(), start: '2024-05-01', end: '2024-05-01' })).toBe(false)
    expect(rangeInverted({ ...emptyFilters(), start: '2024-05-01' })).toBe(false)
  })

  it('computes the last n days including today', () => {
    expect(lastDays(7, new Date(2024, 2, 3, 15, 0))).toEqual({ start: '2024-02-26', end: '2024-03-03' })
    expect(lastDays(1, new Date(2024, 0, 1))).toEqual({ start: '2024-01-01', end: '2024-01-01' })
  })
})
