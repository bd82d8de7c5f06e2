/** Wire shape of /api/admin/config (SPEC §7, §17). */

export type RegistrationMode = 'open' | 'closed'

export interface SystemConfig {
  guest_rpm: number
  user_rpm: number
  log_retention_days: number
  /** `open`: anyone may sign up; `closed`: only the admin creates users. */
  registration: RegistrationMode
  /** Sign-ups allowed from one IP address in any hour. */
  registrations_per_ip_hour: number
  /** SPEC §13: take failing channels out by themselves, after this many failures in a row, probe every N s. */
  auto_disable?: boolean
  auto_disable_failures?: number
  channel_probe_seconds?: number
  /** SPEC §14: the label of channel prices and costs (default USD). */
  currency?: string
  /** Tokens a signed-in user without a group may use per month; null = no limit. */
  user_monthly_token_quota?: number | null
  /** Tokens a guest IP address may use per day; null = no limit. */
  guest_daily_token_quota?: number | null
}
