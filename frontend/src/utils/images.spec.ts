import { describe, expect, it } from 'vitest'
import { MAX_IMAGE_BYTES, acceptImages, canSendAsIs, dataUrlBytes, encodingPlan, fitWithin } from './images'

describe('fitWithin', () => {
  it('scales the long side down to 2048 px and keeps the aspect ratio', () => {
    expect(fitWithin({ width: 4032, height: 3024 })).toEqual({ width: 2048, height: 1536 })
    expect(fitWithin({ width: 1080, height: 4000 })).toEqual({ width: 553, height: 2048 })
  })
  it('never enlarges a small image', () => {
    expect(fitWithin({ width: 800, height: 600 })).toEqual({ width: 800, height: 600 })
  })
  it('keeps at least one pixel on a very thin image', () => {
    expect(fitWithin({ width: 10000, height: 2 })).toEqual({ width: 2048, height: 1 })
  })
  it('gives nothing for an empty image', () => {
    expect(fitWithin({ width: 0, height: 10 })).toEqual({ width: 0, height: 0 })
  })
})

describe('dataUrlBytes', () => {
  it('counts decoded bytes, padding included', () => {
    expect(dataUrlBytes('data:image/png;base64,' + btoa('abc'))).toBe(3)
    expect(dataUrlBytes('data:image/png;base64,' + btoa('abcd'))).toBe(4)
    expect(dataUrlBytes('data:image/png;base64,' + btoa('abcde'))).toBe(5)
    expect(dataUrlBytes('nonsense')).toBe(0)
  })
})

describe('canSendAsIs', () => {
  it('lets a small JPEG, PNG or WebP through untouched', () => {
    expect(canSendAsIs('image/png', 200_000, { width: 1200, height: 800 })).toBe(true)
  })
  it('re-encodes what is too large in pixels or bytes, and uncommon types', () => {
    expect(canSendAsIs('image/jpeg', 200_000, { width: 4000, height: 3000 })).toBe(false)
    expect(canSendAsIs('image/png', MAX_IMAGE_BYTES + 1, { width: 1000, height: 1000 })).toBe(false)
    expect(canSendAsIs('image/heic', 100, { width: 100, height: 100 })).toBe(false)
    expect(canSendAsIs('image/gif', 100, { width: 100, height: 100 })).toBe(false)
  })
})

describe('encodingPlan', () => {
  it('starts at the fitted size with the best quality, then lowers quality, then shrinks by a quarter', () => {
    const plan = encodingPlan({ width: 4096, height: 2048 })
    expect(plan[0]).toEqual({ size: { width: 2048, height: 1024 }, quality: 0.9 })
    expect(plan[3]).toEqual({ size: { width: 2048, height: 1024 }, quality: 0.6 })
    expect(plan[4]).toEqual({ size: { width: 1536, height: 768 }, quality: 0.9 })
  })
  it('never goes above 2048 px and stops at 512 px', () => {
    const plan = encodingPlan({ width: 8000, height: 6000 })
    for (const step of plan) expect(Math.max(step.size.width, step.size.height)).toBeLessThanOrEqual(2048)
    expect(Math.max(plan.at(-1)!.size.width, plan.at(-1)!.size.height)).toBeLessThanOrEqual(512)
  })
})

describe('acceptImages', () => {
  const file = (type: string) => ({ type })
  it('takes images up to four in all and counts what it left out', () => {
    expect(acceptImages([file('image/png'), file('image/jpeg'), file('image/png')], 2)).toEqual({
      accepted: [file('image/png'), file('image/jpeg')],
      rejected: 1,
    })
  })
  it('leaves out files that are not images', () => {
    expect(acceptImages([file('application/pdf'), file('image/png')], 0)).toEqual({ accepted: [file('image/png')], rejected: 1 })
  })
  it('takes nothing when four are already attached', () => {
    expect(acceptImages([file('image/png')], 4)).toEqual({ accepted: [], rejected: 1 })
  })
})
