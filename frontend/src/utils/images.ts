/**
 * Images for vision models, prepared in the browser: at most 2048 px on the long side and 5 MB each, so
 * four of them fit the chat route's body limit. The maths is pure; `prepareImage` does the canvas work.
 */
export const MAX_IMAGE_SIDE = 2048
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024
/** Kinds every vision API takes as they are; anything else is re-encoded as JPEG. */
const PASS_THROUGH = ['image/jpeg', 'image/png', 'image/webp']
/** JPEG qualities tried in turn until the image fits; then the size shrinks. */
const QUALITIES = [0.9, 0.8, 0.7, 0.6]

export interface Size {
  width: number
  height: number
}

/** The largest size within `max` on both sides that keeps the aspect ratio (never enlarges). */
export function fitWithin({ width, height }: Size, max = MAX_IMAGE_SIDE): Size {
  if (width <= 0 || height <= 0) return { width: 0, height: 0 }
  const scale = Math.min(1, max / Math.max(width, height))
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}

/** Bytes a base64 data URL decodes to. */
export function dataUrlBytes(dataUrl: string): number {
  const comma = dataUrl.indexOf(',')
  const base64 = comma === -1 ? '' : dataUrl.slice(comma + 1)
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0
  return Math.max(0, Math.floor((base64.length * 3) / 4) - padding)
}

/** Whether a file can go as it is: a common type, small enough and not too large in pixels. */
export function canSendAsIs(type: string, bytes: number, size: Size): boolean {
  return PASS_THROUGH.includes(type) && bytes <= MAX_IMAGE_BYTES && Math.max(size.width, size.height) <= MAX_IMAGE_SIDE
}

/** The encodings to try, best first: each size at falling JPEG qualities, then 3/4 of the size, down to 512 px. */
export function encodingPlan(original: Size): { size: Size; quality: number }[] {
  const plan: { size: Size; quality: number }[] = []
  let size = fitWithin(original)
  for (;;) {
    for (const quality of QUALITIES) plan.push({ size, quality })
    if (Math.max(size.width, size.height) <= 512) return plan
    size = fitWithin(size, Math.round(Math.max(size.width, size.height) * 0.75))
  }
}

/** Of the files offered, the images that still fit next to `current` ones; how many were left out. */
export function acceptImages<T extends { type: string }>(files: T[], current: number, max = 4): { accepted: T[]; rejected: number } {
  const images = files.filter((f) => f.type.startsWith('image/'))
  const room = Math.max(0, max - current)
  return { accepted: images.slice(0, room), rejected: files.length - Math.min(images.length, room) }
}

function readAsDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'))
    reader.readAsDataURL(blob)
  })
}

/** A file as a data URL within the limits: as it is when it already fits, else drawn smaller as JPEG. */
export async function prepareImage(file: File): Promise<string> {
  const bitmap = await createImageBitmap(file)
  try {
    const original = { width: bitmap.width, height: bitmap.height }
    if (canSendAsIs(file.type, file.size, original)) return await readAsDataUrl(file)
    const canvas = document.createElement('canvas')
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no canvas')
    for (const { size, quality } of encodingPlan(original)) {
      canvas.width = size.width
      canvas.height = size.height
      context.fillStyle = '#ffffff' // JPEG has no transparency: transparent pixels become white, not black
      context.fillRect(0, 0, size.width, size.height)
      context.drawImage(bitmap, 0, 0, size.width, size.height)
      const url = canvas.toDataURL('image/jpeg', quality)
      if (dataUrlBytes(url) <= MAX_IMAGE_BYTES) return url
    }
    throw new Error('image too large')
  } finally {
    bitmap.close()
  }
}
