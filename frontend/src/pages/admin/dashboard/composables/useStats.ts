/** Composable: the dashboard's figures, loaded on demand; a missing endpoint or failure is an empty state. */
import { ref, shallowRef } from 'vue'
import { fetchStats } from '@/api/admin/stats'
import type { Stats } from '@/api/admin/stats/types'

export type StatsState = 'loading' | 'ready' | 'unavailable'

export function useStats() {
  const stats = shallowRef<Stats | null>(null)
  const state = ref<StatsState>('loading')
  const refreshing = ref(false)
  const updatedAt = ref<Date | null>(null)

  async function load(): Promise<void> {
    refreshing.value = true
    try {
      stats.value = await fetchStats()
      state.value = 'ready'
      updatedAt.value = new Date()
    } catch {
      // A 401 is handled by the layout; anything else (404 before the backend has it, 5xx) shows the empty state.
      if (!stats.value) state.value = 'unavailable'
    } finally {
      refreshing.value = false
    }
  }

  return { stats, state, refreshing, updatedAt, load }
}
