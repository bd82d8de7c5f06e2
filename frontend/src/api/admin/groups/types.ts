/** Wire shapes of /api/admin/groups (SPEC §14): a class or team with its own RPM, models and quotas. */

export interface Group {
  id: number
  name: string
  /** Requests per minute for each member; null = the settings' user RPM. */
  rpm: number | null
  /** Models the members may use; [] = every model. */
  allowed_models: string[]
  /** The whole group's tokens per month; null = no limit. */
  monthly_token_quota: number | null
  /** The whole group's cost per month, a decimal in the settings' currency; null = no limit. */
  monthly_cost_quota: number | string | null
  member_monthly_token_quota: number | null
  member_monthly_cost_quota: number | string | null
  /** Optional extras a server may add. */
  member_count?: number
  created_at?: string
  updated_at?: string
}

/** Create or edit body: every field, null where there is no limit. */
export interface GroupRequest {
  name: string
  rpm: number | null
  allowed_models: string[]
  monthly_token_quota: number | null
  monthly_cost_quota: number | null
  member_monthly_token_quota: number | null
  member_monthly_cost_quota: number | null
}
