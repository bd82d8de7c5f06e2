/** Wire shape of /api/admin/config (SPEC §7). */

export interface SystemConfig {
  guest_rpm: number
  user_rpm: number
  log_retention_days: number
}
