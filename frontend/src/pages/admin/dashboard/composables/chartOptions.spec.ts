import { describe, expect, it } from 'vitest'
import { compact, modelShareOption, shortDate, trendOption } from './chartOptions'

describe('dashboard chart options', () => {
  it('orders the model share largest first', () => {
    const option = modelShareOption([{ model: 'a', calls: 1 }, { model: 'b', calls: 5 }], false)
    const series = option.series as Array<{ data: Array<{ name: string; value: number }> }>
    expect(series[0]?.data.map((d) => d.name)).toEqual(['b', 'a'])
  })

  it('plots calls and tokens per day on two axes', () => {
    const option = trendOption(
      [{ date: '2024-05-01', calls: 3, tokens: 900 }, { date: '2024-05-02', calls: 4, tokens: 1200 }],
      { calls: 'Calls', tokens: 'Tokens' },
      true,
    )
    const series = option.series as Array<{ name: string; data: number[]; yAxisIndex?: number }>
    expect(series.map((s) => [s.name, s.data, s.yAxisIndex ?? 0])).toEqual([
      ['Calls', [3, 4], 0],
      ['Tokens', [900, 1200], 1],
    ])
    expect((option.xAxis as { data: string[] }).data).toEqual(['05-01', '05-02'])
  })

  it('formats dates and large numbers compactly', () => {
    expect(shortDate('2024-12-31')).toBe('12-31')
    expect(shortDate('today')).toBe('today')
    expect(compact(999)).toBe('999')
    expect(compact(1234)).toBe('1.2k')
    expect(compact(2_000_000)).toBe('2M')
  })
})

describe('dashboard chart options with cost (SPEC §14)', () => {
  const money = (value: number | string) => `$${Number(value).toFixed(2)}`
  const trend = [{ date: '2024-05-01', calls: 3, tokens: 900, cost: '0.50' }, { date: '2024-05-02', calls: 4, tokens: 1200, cost: 1.25 }]

  it('adds cost per day as a third series on its own axis, written in the currency', () => {
    const option = trendOption(trend, { calls: 'Calls', tokens: 'Tokens', cost: 'Cost' }, false, money)
    const series = option.series as Array<{ name: string; data: number[]; yAxisIndex?: number; tooltip?: { valueFormatter: (v: unknown) => string } }>
    expect(series.map((s) => [s.name, s.data, s.yAxisIndex ?? 0])).toEqual([
      ['Cost', [0.5, 1.25], 2],
      ['Calls', [3, 4], 0],
      ['Tokens', [900, 1200], 1],
    ])
    expect(series[0]?.tooltip?.valueFormatter(1.25)).toBe('$1.25')
    expect((option.yAxis as unknown[]).length).toBe(3)
  })

  it('leaves cost out when the server reports none', () => {
    const option = trendOption([{ date: '2024-05-01', calls: 3, tokens: 900 }], { calls: 'Calls', tokens: 'Tokens', cost: 'Cost' }, false, money)
    expect((option.series as unknown[]).length).toBe(2)
  })

  it('puts each model\'s cost in the share tooltip, escaped', () => {
    const option = modelShareOption([{ model: '<b>m</b>', calls: 2, cost: '0.3' }, { model: 'free', calls: 1, cost: null }], false, money)
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter
    expect(formatter({ name: '<b>m</b>', value: 2, percent: 66.7, data: { cost: '0.3' } })).toBe('&#60;b&#62;m&#60;/b&#62;: 2 (67%)<br/>$0.30')
    expect(formatter({ name: 'free', value: 1, percent: 33.3, data: { cost: null } })).toBe('free: 1 (33%)')
  })
})
