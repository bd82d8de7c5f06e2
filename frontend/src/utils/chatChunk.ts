/** Interprets the data of one OpenAI-style streaming event: a delta, the end marker or an error envelope. */

export interface ErrorBody {
  type: string
  message: string
  retry_after?: number
  /** `quota_exceeded`: the ISO time the quota's period resets (SPEC §14). */
  reset_at?: string
  [key: string]: unknown
}

export type ChatChunk =
  | { kind: 'done' }
  | { kind: 'error'; error: ErrorBody }
  | { kind: 'delta'; content: string; reasoning: string; finishReason: string | null }
  | { kind: 'ignored' }

interface WireDelta {
  content?: string | null
  reasoning_content?: string | null
  reasoning?: string | null
}

interface WireChunk {
  error?: Partial<ErrorBody> | string
  choices?: Array<{ delta?: WireDelta; message?: WireDelta; finish_reason?: string | null }>
}

export function toErrorBody(raw: unknown): ErrorBody {
  if (typeof raw === 'string') return { type: 'unknown_error', message: raw }
  const obj = (raw ?? {}) as Partial<ErrorBody>
  return {
    ...obj,
    type: typeof obj.type === 'string' ? obj.type : 'unknown_error',
    message: typeof obj.message === 'string' ? obj.message : '',
  }
}

export function parseChatChunk(data: string): ChatChunk {
  const trimmed = data.trim()
  if (trimmed === '[DONE]') return { kind: 'done' }
  if (trimmed === '') return { kind: 'ignored' }
  let json: WireChunk
  try {
    json = JSON.parse(trimmed) as WireChunk
  } catch {
    return { kind: 'ignored' }
  }
  if (json.error !== undefined && json.error !== null) return { kind: 'error', error: toErrorBody(json.error) }
  const choice = json.choices?.[0]
  if (!choice) return { kind: 'ignored' }
  const delta = choice.delta ?? choice.message ?? {}
  return {
    kind: 'delta',
    content: delta.content ?? '',
    reasoning: delta.reasoning_content || delta.reasoning || '',
    finishReason: choice.finish_reason ?? null,
  }
}
