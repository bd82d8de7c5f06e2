/** Composable: the channel list with its live load, enable/disable, delete and connectivity tests. */
import { onBeforeUnmount, reactive, ref } from 'vue'
import * as channelsApi from '@/api/admin/channels'
import type { Channel } from '@/api/admin/channels/types'

export const LIVE_REFRESH_MS = 5000

export type TestState =
  | { status: 'running' }
  | { status: 'ok'; latencyMs: number | null }
  | { status: 'failed'; error: string }

export function useChannels(errorText: (error: unknown) => string) {
  const channels = ref<Channel[]>([])
  const state = ref<'loading' | 'ready' | 'error'>('loading')
  const loadError = ref('')
  const toggling = reactive(new Set<number>())
  const tests = reactive(new Map<number, TestState>())
  const rowError = reactive(new Map<number, string>())
  let timer: ReturnType<typeof setInterval> | null = null

  const hasLiveFigures = () => channels.value.some((c) => typeof c.calls_last_minute === 'number')

  async function load(quiet = false): Promise<void> {
    if (!quiet) state.value = channels.value.length ? 'ready' : 'loading'
    try {
      channels.value = await channelsApi.listChannels()
      state.value = 'ready'
      loadError.value = ''
    } catch (error) {
      if (quiet) return // a missed live refresh is not worth a message
      loadError.value = errorText(error)
      state.value = 'error'
    }
    schedule()
  }

  /** Refreshes the live "calls in the last minute" every few seconds, only while the API offers it. */
  function schedule(): void {
    if (timer !== null || !hasLiveFigures()) return
    timer = setInterval(() => {
      if (document.visibilityState === 'visible') void load(true)
    }, LIVE_REFRESH_MS)
  }

  async function setEnabled(channel: Channel, enabled: boolean): Promise<void> {
    const previous = channel.is_enabled
    channel.is_enabled = enabled
    toggling.add(channel.id)
    rowError.delete(channel.id)
    try {
      Object.assign(channel, await channelsApi.updateChannel(channel.id, { is_enabled: enabled }))
    } catch (error) {
      channel.is_enabled = previous
      rowError.set(channel.id, errorText(error))
    } finally {
      toggling.delete(channel.id)
    }
  }

  async function remove(channel: Channel): Promise<void> {
    await channelsApi.deleteChannel(channel.id)
    channels.value = channels.value.filter((c) => c.id !== channel.id)
    tests.delete(channel.id)
  }

  async function test(channel: Channel): Promise<void> {
    tests.set(channel.id, { status: 'running' })
    try {
      const result = await channelsApi.testChannel(channel.id)
      tests.set(
        channel.id,
        result.ok ? { status: 'ok', latencyMs: result.latency_ms } : { status: 'failed', error: result.error || '' },
      )
    } catch (error) {
      tests.set(channel.id, { status: 'failed', error: errorText(error) })
    }
  }

  /** "Test all": every channel at once, then the list again so the health badges show what changed. */
  async function testAll(): Promise<void> {
    await Promise.all(channels.value.map((channel) => test(channel)))
    await load(true)
  }

  /** Puts a created or edited channel into the list without a reload. */
  function upsert(saved: Channel): void {
    const index = channels.value.findIndex((c) => c.id === saved.id)
    if (index >= 0) channels.value.splice(index, 1, saved)
    else channels.value.push(saved)
    tests.delete(saved.id)
    schedule()
  }

  onBeforeUnmount(() => {
    if (timer !== null) clearInterval(timer)
  })

  return { channels, state, loadError, toggling, tests, rowError, load, setEnabled, remove, test, testAll, upsert }
}
