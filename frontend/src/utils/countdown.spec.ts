import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { secondsLeft, startCountdown } from './countdown'

describe('secondsLeft', () => {
  it('rounds partial seconds up and never goes negative', () => {
    expect(secondsLeft(10_000, 0)).toBe(10)
    expect(secondsLeft(10_000, 9_001)).toBe(1)
    expect(secondsLeft(10_000, 10_000)).toBe(0)
    expect(secondsLeft(10_000, 12_000)).toBe(0)
  })
})

describe('startCountdown', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('ticks once per second from the start value down to zero, then stops', () => {
    const ticks: number[] = []
    startCountdown(3, (left) => ticks.push(left))
    expect(ticks).toEqual([3])
    vi.advanceTimersByTime(1000)
    expect(ticks).toEqual([3, 2])
    vi.advanceTimersByTime(5000)
    expect(ticks).toEqual([3, 2, 1, 0])
    expect(vi.getTimerCount()).toBe(0)
  })

  it('follows the wall clock when timers were delayed', () => {
    const ticks: number[] = []
    startCountdown(60, (left) => ticks.push(left))
    vi.setSystemTime(Date.now() + 30_000) // e.g. a throttled background tab
    vi.advanceTimersByTime(250)
    expect(ticks.at(-1)).toBe(30)
  })

  it('can be stopped early', () => {
    const ticks: number[] = []
    const countdown = startCountdown(5, (left) => ticks.push(left))
    countdown.stop()
    vi.advanceTimersByTime(10_000)
    expect(ticks).toEqual([5])
  })

  it('treats missing or invalid values as zero', () => {
    const ticks: number[] = []
    startCountdown(Number.NaN, (left) => ticks.push(left))
    startCountdown(-4, (left) => ticks.push(left))
    expect(ticks).toEqual([0, 0])
    expect(vi.getTimerCount()).toBe(0)
  })
})
