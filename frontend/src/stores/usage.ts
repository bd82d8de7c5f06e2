/** Store: the signed-in user's month usage and allowance (GET /api/me/usage), refreshed after each answer. */
import { ref } from 'vue'
import { defineStore } from 'pinia'
import { fetchMyUsage } from '@/api/me'
import type { MyUsage } from '@/api/me/types'
import { useAuthStore } from './auth'

/** How long after an answer its usage row is surely written and charged. */
const LATE_ROW_MS = 1500

export const useUsageStore = defineStore('usage', () => {
  const usage = ref<MyUsage | null>(null)
  let pending: Promise<void> | null = null

  /** Loads the figures again; guests have none. Failures keep the last figures (the menu is no place for errors). */
  function refresh(): Promise<void> {
    if (!useAuthStore().signedIn) {
      usage.value = null
      return Promise.resolve()
    }
    pending ??= fetchMyUsage()
      .then((value) => {
        usage.value = value
      })
      .catch(() => {})
      .finally(() => {
        pending = null
      })
    return pending
  }

  /**
   * After an answer: now, and once more a moment later, because the server charges the usage row just behind
   * the answer's end.
   */
  function refreshAfterAnswer(): void {
    void refresh()
    if (useAuthStore().signedIn) setTimeout(() => void refresh(), LATE_ROW_MS)
  }

  return { usage, refresh, refreshAfterAnswer }
})
