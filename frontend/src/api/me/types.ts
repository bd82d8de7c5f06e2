/** Wire shape of GET /api/me/usage (SPEC §14). */
export interface MyUsage {
  period: { start: string; end: string }
  calls: number
  tokens: number
  cost: number | string | null
  quota: { tokens: number | null; cost: number | string | null }
  remaining: { tokens: number | null; cost: number | string | null }
  /** The cost's currency label, if the server sends it (SPEC §14 names it only in the settings). */
  currency?: string
}
