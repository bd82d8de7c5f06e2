/** Countdown arithmetic for "try again in N seconds", driven by an injectable clock and timer. */

export interface CountdownClock {
  now(): number
  setInterval(fn: () => void, ms: number): unknown
  clearInterval(handle: unknown): void
}

export const systemClock: CountdownClock = {
  now: () => Date.now(),
  setInterval: (fn, ms) => globalThis.setInterval(fn, ms),
  clearInterval: (h) => globalThis.clearInterval(h as ReturnType<typeof setInterval>),
}

/** Whole seconds left until `deadline` (rounded up, never negative). */
export function secondsLeft(deadline: number, now: number): number {
  return Math.max(0, Math.ceil((deadline - now) / 1000))
}

export interface Countdown {
  stop(): void
}

/**
 * Calls `onTick` at once and whenever the remaining whole seconds change, down to 0, then stops.
 * Uses the wall clock rather than counting ticks, so a throttled background tab stays correct.
 */
export function startCountdown(
  seconds: number,
  onTick: (left: number) => void,
  clock: CountdownClock = systemClock,
): Countdown {
  const safe = Number.isFinite(seconds) ? Math.max(0, Math.ceil(seconds)) : 0
  const deadline = clock.now() + safe * 1000
  let last = safe
  let handle: unknown = null
  const stop = () => {
    if (handle !== null) clock.clearInterval(handle)
    handle = null
  }
  onTick(safe)
  if (safe === 0) return { stop }
  handle = clock.setInterval(() => {
    const left = secondsLeft(deadline, clock.now())
    if (left !== last) {
      last = left
      onTick(left)
    }
    if (left === 0) stop()
  }, 250)
  return { stop }
}
