/** Composable: the signed-in user's keys — load, create (keeping the one-time secret), switch, revoke. */
import { ref } from 'vue'
import { changeKey, createKey, listKeys, revokeKey } from '@/api/keys'
import type { ApiKey, ApiKeyDraft, CreatedApiKey } from '@/api/keys/types'

export function useKeys(errorText: (error: unknown) => string) {
  const keys = ref<ApiKey[]>([])
  const total = ref(0)
  const state = ref<'loading' | 'ready' | 'error'>('loading')
  const loadError = ref('')
  const busyId = ref<number | null>(null)

  async function load(): Promise<void> {
    state.value = 'loading'
    try {
      const page = await listKeys(1, 50)
      keys.value = page.items
      total.value = page.total
      state.value = 'ready'
    } catch (error) {
      loadError.value = errorText(error)
      state.value = 'error'
    }
  }

  /** Creates a key; the answer carries the full key, which is never fetched again. */
  async function create(draft: ApiKeyDraft): Promise<CreatedApiKey> {
    const created = await createKey(draft)
    const { key: _secret, ...shown } = created
    keys.value = [shown, ...keys.value]
    total.value += 1
    return created
  }

  async function setEnabled(key: ApiKey, enabled: boolean): Promise<void> {
    busyId.value = key.id
    try {
      const changed = await changeKey(key.id, { enabled })
      keys.value = keys.value.map((k) => (k.id === changed.id ? changed : k))
    } finally {
      busyId.value = null
    }
  }

  async function revoke(key: ApiKey): Promise<void> {
    await revokeKey(key.id)
    keys.value = keys.value.filter((k) => k.id !== key.id)
    total.value -= 1
  }

  return { keys, total, state, loadError, busyId, load, create, setEnabled, revoke }
}
