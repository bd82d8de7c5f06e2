/** Store: the error currently shown in the app-wide error dialog, or in the quota dialog when a quota ran out. */
import { computed, ref, shallowRef } from 'vue'
import { defineStore } from 'pinia'
import { ApiError } from '@/http/errors'

/** What the quota dialog needs: the server's message and when the allowance comes back. */
export interface QuotaNotice {
  message: string
  resetAt: string | null
}

export const useErrorDialogStore = defineStore('errorDialog', () => {
  const error = shallowRef<ApiError | null>(null)
  // Bumped on every show, so the same error shown twice still restarts the countdown.
  const serial = ref(0)

  /** `rate_limit` gets a countdown, `quota` its own dialog with the reset date and no countdown (SPEC §14). */
  const kind = computed(() => error.value?.kind ?? null)
  const quota = computed<QuotaNotice | null>(() =>
    error.value?.kind === 'quota' ? { message: error.value.serverMessage, resetAt: error.value.resetAt } : null,
  )

  function show(value: unknown): void {
    error.value = value instanceof ApiError ? value : ApiError.network()
    serial.value++
  }

  function dismiss(): void {
    error.value = null
  }

  return { error, serial, kind, quota, show, dismiss }
})
