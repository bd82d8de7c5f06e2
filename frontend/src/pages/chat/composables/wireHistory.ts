/**
 * What the page sends for a conversation, and what it learns back: pure functions over the messages.
 * - toWireHistory: the OpenAI messages (system prompt first, answers without text left out, images as
 *   `image_url` parts only for vision models and only the newest few, so the body stays within its limit);
 * - contextStartId: where the sent context begins once the server says it left N messages out;
 * - editedHistory: a question rewritten, with every turn after it dropped (they answered the old text).
 */
import type { ContentPart, WireMessage } from '@/api/chat/types'
import type { ChatMessage } from '@/stores/chat'

export const MAX_IMAGES = 4

export interface WireOptions {
  systemPrompt: string
  vision: boolean
  maxImages?: number
}

export interface WireHistory {
  messages: WireMessage[]
  /** The store ids of the non-system messages sent, in order (the server counts trimmed turns over these). */
  sentIds: string[]
}

export function toWireHistory(messages: ChatMessage[], options: WireOptions): WireHistory {
  const sent = messages.filter((m) => m.content.trim() !== '' || (m.images?.length ?? 0) > 0)
  let imagesLeft = options.vision ? (options.maxImages ?? MAX_IMAGES) : 0
  // Newest first, so the question being asked keeps its images and older ones go text-only.
  const wire = sent
    .slice()
    .reverse()
    .map((m): WireMessage => {
      const images = m.role === 'user' ? (m.images ?? []) : []
      const kept = images.slice(0, Math.max(0, imagesLeft))
      imagesLeft -= kept.length
      if (kept.length === 0) return { role: m.role, content: m.content }
      const parts: ContentPart[] = []
      if (m.content.trim() !== '') parts.push({ type: 'text', text: m.content })
      for (const url of kept) parts.push({ type: 'image_url', image_url: { url } })
      return { role: m.role, content: parts }
    })
    .reverse()
  const system = options.systemPrompt.trim()
  return {
    messages: system === '' ? wire : [{ role: 'system', content: system }, ...wire],
    sentIds: sent.map((m) => m.id),
  }
}

/**
 * The id of the first message the model saw when the server dropped the `trimmed` oldest ones; null when
 * nothing was dropped or the header makes no sense for what was sent.
 */
export function contextStartId(sentIds: string[], trimmed: number): string | null {
  if (!Number.isInteger(trimmed) || trimmed <= 0 || trimmed >= sentIds.length) return null
  return sentIds[trimmed] ?? null
}

/** Reads `X-Switchboard-Trimmed`; 0 when absent or not a count. */
export function parseTrimmedHeader(value: string | null): number {
  if (value === null || !/^\s*\d+\s*$/.test(value)) return 0
  return Number.parseInt(value, 10)
}

/**
 * The conversation with question `id` rewritten to `text` and every later message removed; null when `id` is
 * not a question of this conversation or the new text is empty and it has no images.
 */
export function editedHistory(messages: ChatMessage[], id: string, text: string): ChatMessage[] | null {
  const index = messages.findIndex((m) => m.id === id)
  const original = messages[index]
  if (!original || original.role !== 'user') return null
  const content = text.trim()
  if (content === '' && (original.images?.length ?? 0) === 0) return null
  return [...messages.slice(0, index), { ...original, content }]
}
