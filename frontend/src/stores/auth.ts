/** Store: who is signed in. The token survives reloads; a 401 anywhere forgets it. */
import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import * as authApi from '@/api/auth'
import type { Credentials, CurrentUser } from '@/api/auth/types'
import { readToken, writeToken } from '@/http/token'

export const useAuthStore = defineStore('auth', () => {
  const token = ref<string | null>(readToken())
  const user = ref<CurrentUser | null>(null)

  const signedIn = computed(() => token.value !== null)
  const displayName = computed(() => user.value?.email ?? user.value?.username ?? '')

  function setToken(value: string | null): void {
    token.value = value
    writeToken(value)
  }

  async function loadMe(): Promise<void> {
    if (!token.value) return
    try {
      user.value = await authApi.fetchMe()
    } catch {
      // A 401 already cleared the token through the HTTP client; other failures keep the session.
    }
  }

  async function signIn(credentials: Credentials): Promise<void> {
    const response = await authApi.login({ email: credentials.email.trim(), password: credentials.password })
    setToken(response.access_token)
    await loadMe()
  }

  async function register(credentials: Credentials): Promise<void> {
    await authApi.register({ email: credentials.email.trim(), password: credentials.password })
  }

  function signOut(): void {
    setToken(null)
    user.value = null
  }

  return { token, user, signedIn, displayName, loadMe, signIn, register, signOut }
})
