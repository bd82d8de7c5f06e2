/** Composable: log filters, the page of results they select, and the CSV export of the same filters. */
import { reactive, ref } from 'vue'
import { exportLogs, listLogs } from '@/api/admin/logs'
import type { LogItem } from '@/api/admin/logs/types'
import { fileNameFrom } from './contentDisposition'
import { buildLogQuery, emptyFilters, rangeInverted, type LogFilters } from './logQuery'

export const LOGS_PAGE_SIZE = 50

export function useLogs(errorText: (error: unknown) => string) {
  /** What the admin is typing. */
  const filters = reactive<LogFilters>(emptyFilters())
  /** What the table shows and the export uses: set on "apply". */
  let applied: LogFilters = emptyFilters()
  const page = reactive({ items: [] as LogItem[], total: 0, page: 1, size: LOGS_PAGE_SIZE })
  const state = ref<'loading' | 'ready' | 'error'>('loading')
  const loadError = ref('')
  const exporting = ref(false)
  const exportError = ref('')
  let controller: AbortController | null = null

  async function load(to = page.page): Promise<void> {
    controller?.abort()
    const current = (controller = new AbortController())
    state.value = 'loading'
    try {
      const result = await listLogs(buildLogQuery(applied, { page: to, size: LOGS_PAGE_SIZE }), current.signal)
      Object.assign(page, { items: result.items ?? [], total: result.total ?? 0, page: result.page ?? to, size: result.size || LOGS_PAGE_SIZE })
      state.value = 'ready'
    } catch (error) {
      if (current.signal.aborted) return
      loadError.value = errorText(error)
      state.value = 'error'
    }
  }

  /** Takes the typed filters and shows their first page; false when the range is backwards. */
  function apply(): boolean {
    if (rangeInverted(filters)) return false
    applied = { ...filters }
    void load(1)
    return true
  }

  function reset(): void {
    Object.assign(filters, emptyFilters())
    apply()
  }

  /** Downloads the CSV for the applied filters under the server's file name. */
  async function download(): Promise<void> {
    // Filters typed but not applied yet are applied first, so the file always matches the table.
    if (JSON.stringify(filters) !== JSON.stringify(applied) && !apply()) return
    exporting.value = true
    exportError.value = ''
    try {
      const response = await exportLogs(buildLogQuery(applied))
      const blob = await response.blob()
      const name = fileNameFrom(response.headers.get('Content-Disposition'), 'usage-logs.csv')
      const url = URL.createObjectURL(blob)
      const link = document.createElement('a')
      link.href = url
      link.download = name
      document.body.append(link)
      link.click()
      link.remove()
      setTimeout(() => URL.revokeObjectURL(url), 1000)
    } catch (error) {
      exportError.value = errorText(error)
    } finally {
      exporting.value = false
    }
  }

  return { filters, page, state, loadError, exporting, exportError, load, apply, reset, download }
}
