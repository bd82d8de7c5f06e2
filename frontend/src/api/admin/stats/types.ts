/** Wire shape of GET /api/admin/stats (SPEC §7). */

export interface PeriodCounts {
  today: number
  week: number
  month: number
}

export interface TokenCounts {
  prompt: number
  completion: number
  total: number
}

/** A decimal amount in the settings' currency, sent as a JSON number or a string (BigDecimal). */
export type Money = number | string

/** Costs per period (SPEC §14); optional so the dashboard still works against a server without them. */
export interface PeriodCosts {
  today: Money | null
  week: Money | null
  month: Money | null
}

/** One of this month's ten heaviest users (by tokens). */
export interface TopUser {
  /** The user's e-mail (or another label the server picks). */
  user: string
  calls: number
  tokens: number
  cost: Money | null
}

export interface Stats {
  calls: PeriodCounts
  tokens: { today: TokenCounts; week: TokenCounts; month: TokenCounts }
  model_share: Array<{ model: string; calls: number; cost?: Money | null }>
  trend: Array<{ date: string; calls: number; tokens: number; cost?: Money | null }>
  active_users: PeriodCounts
  active_guests?: PeriodCounts
  cost?: PeriodCosts
  top_users?: TopUser[]
}
