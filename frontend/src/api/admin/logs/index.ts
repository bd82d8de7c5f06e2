/** Usage logs: the paged, filtered list and its CSV export. */
import { adminHttp, adminSend } from '@/http/adminClient'
import type { Page } from '../types'
import type { LogItem } from './types'

/** `query` is a ready query string without the `?` (see pages/admin/logs/composables/logQuery.ts). */
export function listLogs(query: string, signal?: AbortSignal): Promise<Page<LogItem>> {
  return adminHttp.get<Page<LogItem>>(`/api/admin/logs?${query}`, { signal })
}

/** The CSV for the same filters, as the raw response (its body and its file name). */
export function exportLogs(query: string): Promise<Response> {
  return adminSend('GET', `/api/admin/logs/export${query ? `?${query}` : ''}`, undefined, { headers: { Accept: 'text/csv' } })
}
