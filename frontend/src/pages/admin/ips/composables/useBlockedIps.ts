/** Composable: the blocklist (add, delete) and the paged attempts recorded from blocked addresses. */
import { reactive, ref } from 'vue'
import * as ipsApi from '@/api/admin/blocked-ips'
import type { BlockedAttempt, BlockedIp } from '@/api/admin/blocked-ips/types'

export const ATTEMPTS_PAGE_SIZE = 20

export function useBlockedIps(errorText: (error: unknown) => string) {
  const rules = ref<BlockedIp[]>([])
  const state = ref<'loading' | 'ready' | 'error'>('loading')
  const loadError = ref('')

  async function load(): Promise<void> {
    state.value = 'loading'
    try {
      rules.value = await ipsApi.listBlockedIps()
      state.value = 'ready'
    } catch (error) {
      loadError.value = errorText(error)
      state.value = 'error'
    }
  }

  /** Adds a rule; throws the ApiError so the form can show the server's message. */
  async function add(ipAddress: string, reason: string): Promise<void> {
    const created = await ipsApi.addBlockedIp({ ip_address: ipAddress.trim(), ...(reason.trim() ? { reason: reason.trim() } : {}) })
    rules.value = [created, ...rules.value.filter((r) => r.id !== created.id)]
  }

  async function remove(rule: BlockedIp): Promise<void> {
    await ipsApi.deleteBlockedIp(rule.id)
    rules.value = rules.value.filter((r) => r.id !== rule.id)
  }

  return { rules, state, loadError, load, add, remove }
}

export function useBlockedAttempts(errorText: (error: unknown) => string) {
  const page = reactive({ items: [] as BlockedAttempt[], total: 0, page: 1, size: ATTEMPTS_PAGE_SIZE })
  const state = ref<'loading' | 'ready' | 'error'>('loading')
  const loadError = ref('')

  async function load(to = page.page): Promise<void> {
    state.value = 'loading'
    try {
      const result = await ipsApi.listBlockedAttempts(to, ATTEMPTS_PAGE_SIZE)
      Object.assign(page, { items: result.items ?? [], total: result.total ?? 0, page: result.page ?? to, size: result.size || ATTEMPTS_PAGE_SIZE })
      state.value = 'ready'
    } catch (error) {
      loadError.value = errorText(error)
      state.value = 'error'
    }
  }

  return { page, state, loadError, load }
}
