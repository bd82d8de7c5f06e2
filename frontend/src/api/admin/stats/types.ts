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

export interface Stats {
  calls: PeriodCounts
  tokens: { today: TokenCounts; week: TokenCounts; month: TokenCounts }
  model_share: Array<{ model: string; calls: number }>
  trend: Array<{ date: string; calls: number; tokens: number }>
  active_users: PeriodCounts
  active_guests?: PeriodCounts
}
