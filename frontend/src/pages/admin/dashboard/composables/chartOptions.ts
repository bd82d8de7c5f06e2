/** ECharts options for the dashboard, as pure functions of the figures and the colour scheme. */
import type { LineSeriesOption, PieSeriesOption } from 'echarts/charts'
import type {
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components'
import type { ComposeOption } from 'echarts/core'
import type { Stats } from '@/api/admin/stats/types'
import { amountNumber, decimalText } from '@/utils/money'

export type ChartOption = ComposeOption<
  PieSeriesOption | LineSeriesOption | TooltipComponentOption | LegendComponentOption | GridComponentOption
>

/** The list form of the option's y axes. */
type YAxisList = Extract<NonNullable<ChartOption['yAxis']>, unknown[]>

/** Writes an amount in the settings' currency (the dashboard passes formatMoney bound to its locale). */
export type MoneyWriter = (value: number | string) => string

/** Text for the tooltip's HTML: model names are the admin's, but still never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

export const PALETTE = ['#6366f1', '#06b6d4', '#f59e0b', '#10b981', '#f43f5e', '#8b5cf6', '#64748b', '#ec4899']

interface Scheme {
  text: string
  muted: string
  line: string
  surface: string
}

export function scheme(dark: boolean): Scheme {
  return dark
    ? { text: '#e4e4e7', muted: '#a1a1aa', line: '#3f3f46', surface: '#18181b' }
    : { text: '#18181b', muted: '#71717a', line: '#e4e4e7', surface: '#ffffff' }
}

function tooltip(s: Scheme): TooltipComponentOption {
  return { backgroundColor: s.surface, borderColor: s.line, textStyle: { color: s.text, fontSize: 12 } }
}

/** Donut of calls per model, largest first; with `money`, the tooltip adds each model's cost when it has one. */
export function modelShareOption(share: Stats['model_share'], dark: boolean, money?: MoneyWriter): ChartOption {
  const s = scheme(dark)
  const data = [...share].sort((a, b) => b.calls - a.calls).map((m) => ({ name: m.model, value: m.calls, cost: m.cost ?? null }))
  const formatter = (params: unknown): string => {
    const p = params as { name: string; value: number; percent: number; data: { cost: number | string | null } }
    const head = `${escapeHtml(p.name)}: ${p.value} (${Math.round(p.percent)}%)`
    const cost = p.data?.cost
    return money && cost !== null && cost !== undefined && decimalText(cost) !== null ? `${head}<br/>${escapeHtml(money(cost))}` : head
  }
  return {
    color: PALETTE,
    backgroundColor: 'transparent',
    tooltip: { ...tooltip(s), trigger: 'item', formatter },
    legend: { type: 'scroll', bottom: 0, icon: 'circle', itemWidth: 8, itemHeight: 8, textStyle: { color: s.muted }, pageTextStyle: { color: s.muted } },
    series: [
      {
        type: 'pie',
        radius: ['42%', '74%'],
        center: ['50%', '46%'],
        percentPrecision: 0,
        minShowLabelAngle: 12,
        itemStyle: { borderColor: s.surface, borderWidth: 2, borderRadius: 4 },
        // Inside the ring, so long model names never push labels off a phone screen; names are in the legend.
        label: { position: 'inside', color: '#ffffff', fontSize: 11, fontWeight: 600, formatter: '{d}%' },
        data,
      },
    ],
  }
}

/**
 * Calls (left axis) and tokens (right axis) per day, oldest first. When the server reports cost per day and
 * `money` is given, cost comes as a dashed line on a third, unlabelled axis of its own, written in the currency
 * in the tooltip.
 */
export function trendOption(
  trend: Stats['trend'],
  names: { calls: string; tokens: string; cost?: string },
  dark: boolean,
  money?: MoneyWriter,
): ChartOption {
  const s = scheme(dark)
  const axisLabel = { color: s.muted, fontSize: 11 }
  const splitLine = { lineStyle: { color: s.line, type: 'dashed' as const } }
  const withCost = money !== undefined && trend.some((d) => d.cost !== undefined && d.cost !== null)
  const yAxis: YAxisList = [
    { type: 'value', minInterval: 1, axisLabel, splitLine },
    { type: 'value', minInterval: 1, axisLabel: { ...axisLabel, formatter: compact }, splitLine: { show: false } },
  ]
  const series: LineSeriesOption[] = [
    { name: names.calls, type: 'line', smooth: true, symbolSize: 6, areaStyle: { opacity: 0.12 }, data: trend.map((d) => d.calls) },
    { name: names.tokens, type: 'line', smooth: true, symbolSize: 6, yAxisIndex: 1, data: trend.map((d) => d.tokens) },
  ]
  const colors = [PALETTE[0] ?? '#6366f1', PALETTE[1] ?? '#06b6d4']
  if (withCost && money) {
    // Its own scale (money and counts differ by orders of magnitude), unlabelled; the tooltip writes the amounts.
    yAxis.push({ type: 'value', show: false, splitLine: { show: false } })
    series.unshift({
      name: names.cost ?? 'cost',
      type: 'line',
      yAxisIndex: 2,
      smooth: true,
      symbolSize: 5,
      lineStyle: { type: 'dashed', width: 2 },
      tooltip: { valueFormatter: (value) => money(typeof value === 'number' ? value : Number(value)) },
      data: trend.map((d) => amountNumber(d.cost)),
    })
    // Calls and tokens keep their colours; cost takes the third.
    colors.unshift(PALETTE[2] ?? '#f59e0b')
  }
  return {
    color: colors,
    backgroundColor: 'transparent',
    tooltip: { ...tooltip(s), trigger: 'axis' },
    legend: { top: 0, icon: 'roundRect', itemWidth: 12, itemHeight: 4, textStyle: { color: s.muted } },
    grid: { left: 8, right: 8, top: 36, bottom: 4, containLabel: true },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: trend.map((d) => shortDate(d.date)),
      axisLine: { lineStyle: { color: s.line } },
      axisTick: { show: false },
      axisLabel,
    },
    yAxis,
    series,
  }
}

/** `2024-05-01` → `05-01`; anything else unchanged. */
export function shortDate(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date.slice(5) : date
}

/** 1234 → 1.2k, 2500000 → 2.5M: axis labels stay narrow. */
export function compact(value: number): string {
  const abs = Math.abs(value)
  if (abs >= 1e9) return `${trim(value / 1e9)}B`
  if (abs >= 1e6) return `${trim(value / 1e6)}M`
  if (abs >= 1e3) return `${trim(value / 1e3)}k`
  return String(value)
}

function trim(n: number): string {
  return n.toFixed(1).replace(/\.0$/, '')
}
