/** Composable: the group list, with the channels' models to choose from, and delete. */
import { ref } from 'vue'
import { listChannels } from '@/api/admin/channels'
import * as groupsApi from '@/api/admin/groups'
import type { Group } from '@/api/admin/groups/types'

export function useGroups(errorText: (error: unknown) => string) {
  const groups = ref<Group[]>([])
  const models = ref<string[]>([])
  const state = ref<'loading' | 'ready' | 'error'>('loading')
  const loadError = ref('')

  async function load(): Promise<void> {
    state.value = groups.value.length ? 'ready' : 'loading'
    try {
      groups.value = await groupsApi.listGroups()
      state.value = 'ready'
      loadError.value = ''
    } catch (error) {
      loadError.value = errorText(error)
      state.value = 'error'
    }
  }

  /** The models the allowed-models list offers; the dialog still works (free text) without them. */
  async function loadModels(): Promise<void> {
    try {
      models.value = [...new Set((await listChannels()).map((c) => c.model_id))].sort()
    } catch {
      models.value = []
    }
  }

  function upsert(saved: Group): void {
    const index = groups.value.findIndex((g) => g.id === saved.id)
    if (index >= 0) groups.value.splice(index, 1, saved)
    else groups.value.push(saved)
  }

  async function remove(group: Group): Promise<void> {
    await groupsApi.deleteGroup(group.id)
    groups.value = groups.value.filter((g) => g.id !== group.id)
  }

  return { groups, models, state, loadError, load, loadModels, upsert, remove }
}
