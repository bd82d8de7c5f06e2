/** Log filters as the admin types them, and the query string the logs and export endpoints expect. */

export interface LogFilters {
  /** `YYYY-MM-DD` (a whole day) or `YYYY-MM-DDTHH:mm[:ss]` (local time), or empty. */
  start: string
  end: string
  user: string
  ip: string
  model: string
  status: string
  /** SPEC §14 filters: a channel (its id), an API key (its name) and a group (its id); empty = any. */
  channel: string
  api_key: string
  group: string
}

/** The text filters, in the order they appear in the query string. */
export const TEXT_FILTERS = ['user', 'ip', 'model', 'status', 'channel', 'api_key', 'group'] as const

export function emptyFilters(): LogFilters {
  return { start: '', end: '', user: '', ip: '', model: '', status: '', channel: '', api_key: '', group: '' }
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/

/**
 * A picker value as an ISO-8601 instant (UTC). A bare date means the whole day in local time: its first
 * millisecond for a start, its last for an end; an end given to the minute likewise covers that minute. Returns null for an empty or unreadable value.
 */
export function toIsoBound(value: string, bound: 'start' | 'end'): string | null {
  const text = value.trim()
  if (text === '') return null
  const day = DATE_ONLY.exec(text)
  if (day) {
    const time = bound === 'start' ? [0, 0, 0, 0] : [23, 59, 59, 999]
    return localInstant([1, 2, 3].map((i) => Number(day[i])).concat(time))
  }
  const local = LOCAL_DATE_TIME.exec(text)
  if (local) {
    // An end given to the minute includes that whole minute.
    const wholeMinute = bound === 'end' && local[6] === undefined
    const parts = [1, 2, 3, 4, 5].map((i) => Number(local[i]))
    return localInstant(parts.concat(wholeMinute ? [59, 999] : [Number(local[6] ?? 0), 0]))
  }
  const date = new Date(text) // already an ISO string with an offset
  return /^\d{4}-\d{2}-\d{2}T/.test(text) && !Number.isNaN(date.getTime()) ? date.toISOString() : null
}

/** [year, month 1–12, day, hour, minute, second, ms] in local time; null if any part is out of range. */
function localInstant(parts: number[]): string | null {
  const [y = 0, m = 1, d = 1, h = 0, mi = 0, s = 0, ms = 0] = parts
  const date = new Date(y, m - 1, d, h, mi, s, ms)
  const exact =
    date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d &&
    date.getHours() === h && date.getMinutes() === mi && date.getSeconds() === s
  return exact ? date.toISOString() : null
}

/** The query string (without `?`) for the filters, empty fields left out; paging appended when given. */
export function buildLogQuery(filters: LogFilters, paging?: { page: number; size: number }): string {
  const params = new URLSearchParams()
  const start = toIsoBound(filters.start, 'start')
  const end = toIsoBound(filters.end, 'end')
  if (start) params.set('start', start)
  if (end) params.set('end', end)
  for (const key of TEXT_FILTERS) {
    const value = filters[key].trim()
    if (value) params.set(key, value)
  }
  if (paging) {
    params.set('page', String(paging.page))
    params.set('size', String(paging.size))
  }
  return params.toString()
}

/** True when the start lies after the end, which no row can match. */
export function rangeInverted(filters: LogFilters): boolean {
  const start = toIsoBound(filters.start, 'start')
  const end = toIsoBound(filters.end, 'end')
  return start !== null && end !== null && start > end
}

/** Quick ranges: the last `days` days including today, as date-only values. */
export function lastDays(days: number, today: Date = new Date()): Pick<LogFilters, 'start' | 'end'> {
  const from = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1))
  return { start: localDate(from), end: localDate(today) }
}

export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}
