/** Composables: the admin's paged user list (search, switch, group, reset, delete, create) and every user's keys. */
import { reactive, ref } from 'vue'
import * as keysApi from '@/api/admin/keys'
import type { AdminApiKey } from '@/api/admin/keys/types'
import * as usersApi from '@/api/admin/users'
import type { AdminUser, NewUser } from '@/api/admin/users/types'
import type { Page } from '@/api/admin/types'

const SIZE = 20

export function useUsers(errorText: (error: unknown) => string) {
  const page = reactive<Page<AdminUser>>({ items: [], total: 0, page: 1, size: SIZE })
  const query = ref('')
  const state = ref<'loading' | 'ready' | 'error'>('loading')
  const loadError = ref('')
  const busyId = ref<number | null>(null)

  async function load(target = page.page): Promise<void> {
    state.value = 'loading'
    try {
      Object.assign(page, await usersApi.listUsers(query.value, target, SIZE))
      state.value = 'ready'
    } catch (error) {
      loadError.value = errorText(error)
      state.value = 'error'
    }
  }

  async function setEnabled(user: AdminUser, enabled: boolean): Promise<void> {
    busyId.value = user.id
    try {
      const changed = await usersApi.setUserEnabled(user.id, enabled)
      page.items = page.items.map((u) => (u.id === changed.id ? changed : u))
    } finally {
      busyId.value = null
    }
  }

  async function setGroup(user: AdminUser, groupId: number | null): Promise<void> {
    busyId.value = user.id
    try {
      const changed = await usersApi.setUserGroup(user.id, groupId)
      page.items = page.items.map((u) => (u.id === changed.id ? changed : u))
    } catch (error) {
      // A fresh copy re-renders the row, so its picker shows the group the user still has.
      page.items = page.items.map((u) => (u.id === user.id ? { ...u } : u))
      throw error
    } finally {
      busyId.value = null
    }
  }

  async function create(user: NewUser): Promise<void> {
    await usersApi.createUser(user)
    await load(page.page)
  }

  const resetPassword = (user: AdminUser, password: string) => usersApi.resetPassword(user.id, password)

  async function remove(user: AdminUser): Promise<void> {
    await usersApi.deleteUser(user.id)
    await load(page.items.length === 1 && page.page > 1 ? page.page - 1 : page.page)
  }

  return { page, query, state, loadError, busyId, load, setEnabled, setGroup, create, resetPassword, remove }
}

export function useAllKeys(errorText: (error: unknown) => string) {
  const page = reactive<Page<AdminApiKey>>({ items: [], total: 0, page: 1, size: SIZE })
  const userId = ref<number | null>(null)
  const state = ref<'loading' | 'ready' | 'error'>('loading')
  const loadError = ref('')
  const busyId = ref<number | null>(null)

  async function load(target = page.page): Promise<void> {
    state.value = 'loading'
    try {
      Object.assign(page, await keysApi.listAllKeys(userId.value, target, SIZE))
      state.value = 'ready'
    } catch (error) {
      loadError.value = errorText(error)
      state.value = 'error'
    }
  }

  async function setEnabled(key: AdminApiKey, enabled: boolean): Promise<void> {
    busyId.value = key.id
    try {
      const changed = await keysApi.setKeyEnabled(key.id, enabled)
      page.items = page.items.map((k) => (k.id === changed.id ? changed : k))
    } finally {
      busyId.value = null
    }
  }

  async function revoke(key: AdminApiKey): Promise<void> {
    await keysApi.revokeAnyKey(key.id)
    await load(page.items.length === 1 && page.page > 1 ? page.page - 1 : page.page)
  }

  return { page, userId, state, loadError, busyId, load, setEnabled, revoke }
}
