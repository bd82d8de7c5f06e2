/** Wire shapes of /api/admin/users (SPEC §10). */

export interface AdminUser {
  id: number
  email: string
  enabled: boolean
  group_id: number | null
  created_at: string
  last_seen_at: string | null
  calls_month: number
  tokens_month: number
  /** This month's cost in the settings' currency (a decimal, as number or string); null when nothing was priced. */
  cost_month: number | string | null
  /** The group's name, if the server sends it along. */
  group_name?: string | null
}

export interface NewUser {
  email: string
  password: string
}
