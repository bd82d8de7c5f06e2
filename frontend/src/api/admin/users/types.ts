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
  /** Null until cost accounting exists. */
  cost_month: number | null
}

export interface NewUser {
  email: string
  password: string
}
