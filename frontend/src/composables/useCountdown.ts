/** Composable: a reactive "seconds left" that counts down to zero and cleans up with the component. */
import { onScopeDispose, ref } from 'vue'
import { startCountdown, type Countdown } from '@/utils/countdown'

export function useCountdown() {
  const seconds = ref(0)
  let current: Countdown | null = null

  function start(from: number): void {
    current?.stop()
    current = startCountdown(from, (left) => (seconds.value = left))
  }

  function stop(): void {
    current?.stop()
    current = null
  }

  onScopeDispose(stop)
  return { seconds, start, stop }
}
