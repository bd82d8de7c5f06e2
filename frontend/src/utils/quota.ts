/** What the user menu and the quota dialog say about an allowance (SPEC §14), as pure functions of the figures. */
import type { MyUsage } from '@/api/me/types'
import { decimalText, type Amount } from './money'

/** A reset or period-end time in the reader's language, e.g. "January 1, 2027 at 12:00 AM"; '' when unreadable. */
export function formatResetDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date)
}

/** One limited resource: how much is used, the limit, what is left and how full it is (0–1). */
export interface AllowanceLine {
  kind: 'tokens' | 'cost'
  used: number | string
  quota: number | string
  left: number | string
  /** Share used, clamped to 0–1, for a progress bar. */
  ratio: number
  exhausted: boolean
}

export interface AllowanceView {
  lines: AllowanceLine[]
  /** No limit of either kind applies. */
  unlimited: boolean
  /** Some limit is reached: the next chat will be refused until `resetsAt`. */
  exhausted: boolean
  resetsAt: string
}

function present(value: Amount): value is number | string {
  return decimalText(value) !== null
}

function line(kind: AllowanceLine['kind'], used: Amount, quota: Amount, left: Amount): AllowanceLine | null {
  if (!present(quota)) return null
  const q = Number(decimalText(quota))
  const u = present(used) ? Number(decimalText(used)) : 0
  const remaining = present(left) ? left : Math.max(0, q - u)
  const leftNumber = Number(decimalText(remaining) ?? 0)
  const ratio = q <= 0 ? 1 : Math.min(1, Math.max(0, (q - leftNumber) / q))
  return { kind, used: present(used) ? used : 0, quota, left: remaining, ratio, exhausted: leftNumber <= 0 }
}

/** The figures of GET /api/me/usage turned into what the menu shows. */
export function allowanceView(usage: MyUsage): AllowanceView {
  const lines = [
    line('tokens', usage.tokens, usage.quota?.tokens, usage.remaining?.tokens),
    line('cost', usage.cost, usage.quota?.cost, usage.remaining?.cost),
  ].filter((l): l is AllowanceLine => l !== null)
  return {
    lines,
    unlimited: lines.length === 0,
    exhausted: lines.some((l) => l.exhausted),
    resetsAt: usage.period?.end ?? '',
  }
}
