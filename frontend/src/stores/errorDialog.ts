/** Store: the error currently shown in the app-wide error dialog. */
import { ref, shallowRef } from 'vue'
import { defineStore } from 'pinia'
import { ApiError } from '@/http/errors'

export const useErrorDialogStore = defineStore('errorDialog', () => {
  const error = shallowRef<ApiError | null>(null)
  // Bumped on every show, so the same error shown twice still restarts the countdown.
  const serial = ref(0)

  function show(value: unknown): void {
    error.value = value instanceof ApiError ? value : ApiError.network()
    serial.value++
  }

  function dismiss(): void {
    error.value = null
  }

  return { error, serial, show, dismiss }
})
