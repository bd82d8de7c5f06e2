/** Store: the signed-in administrator, kept apart from the chat user's session. */
import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import * as adminAuthApi from '@/api/admin/auth'
import type { AdminCredentials } from '@/api/admin/auth/types'
import type { CurrentUser } from '@/api/auth/types'
import { readAdminToken, writeAdminToken } from '@/http/adminClient'

export const useAdminAuthStore = defineStore('adminAuth', () => {
  const token = ref<string | null>(readAdminToken())
  const me = ref<CurrentUser | null>(null)
  /** Set when a 401 ended the session, so the sign-in page can say why. */
  const expired = ref(false)

  const signedIn = computed(() => token.value !== null)
  const displayName = computed(() => me.value?.username ?? me.value?.email ?? '')

  function setToken(value: string | null): void {
    token.value = value
    writeAdminToken(value)
  }

  async function loadMe(): Promise<void> {
    if (!token.value || me.value) return
    try {
      me.value = await adminAuthApi.fetchAdminMe()
    } catch {
      // A 401 already ended the session through the admin client; other failures keep it.
    }
  }

  async function signIn(credentials: AdminCredentials): Promise<void> {
    const response = await adminAuthApi.adminLogin({ username: credentials.username.trim(), password: credentials.password })
    setToken(response.access_token)
    expired.value = false
    me.value = null
    await loadMe()
  }

  function signOut(): void {
    setToken(null)
    me.value = null
  }

  /** The server rejected the token: forget it and remember to tell the admin. */
  function expire(): void {
    signOut()
    expired.value = true
  }

  return { token, me, expired, signedIn, displayName, loadMe, signIn, signOut, expire }
})
