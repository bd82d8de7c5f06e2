/** Usage statistics for the dashboard. */
import { adminHttp } from '@/http/adminClient'
import type { Stats } from './types'

export function fetchStats(): Promise<Stats> {
  return adminHttp.get<Stats>('/api/admin/stats')
}
