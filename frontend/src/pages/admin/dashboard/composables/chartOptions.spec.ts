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
