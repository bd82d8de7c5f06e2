/** Wire shapes of /api/admin/channels (SPEC §7). */

export interface Channel {
  id: number
  name: string
  base_url: string
  /** Always masked by the server, e.g. `sk-…a1b2`. */
  api_key: string
  model_id: string
  rpm_limit: number
  is_enabled: boolean
  created_at: string
  updated_at: string
  /**
   * Live figure: requests sent to this channel in its current rolling 60 s window (by the instance that
   * answered). Optional so the table still works against a server that does not send it.
   */
  calls_last_minute?: number
  /** SPEC §11: which API the channel speaks. */
  type?: ChannelType
  /** The model name sent upstream (the model id when not set). */
  upstream_model?: string
  /** `off`, `auto` or a thinking budget in tokens. */
  reasoning?: string
  context_window?: number | null
  vision?: boolean
  priority?: number
  weight?: number
  /** SPEC §13: `auto_disabled` when Switchboard took the channel out itself (see `disabled_reason`). */
  status?: ChannelStatus
  disabled_reason?: string | null
  disabled_at?: string | null
  /** Set while the channel cools down after a 429 with Retry-After. */
  cooling_until?: string | null
  /** SPEC §14: prices per million tokens in the settings' currency; null = not priced. Decimals as number or string. */
  input_price?: number | string | null
  output_price?: number | string | null
  cached_input_price?: number | string | null
}

export type ChannelStatus = 'enabled' | 'disabled' | 'auto_disabled'

/** One recent failure of a channel (GET /api/admin/channels/{id}/errors). */
export interface ChannelError {
  created_at: string
  status: number | null
  type: string
  message: string
}

export type ChannelType = 'openai' | 'anthropic' | 'gemini'

/** The base URL each provider documents, version path included (SPEC §11). */
export const DOCUMENTED_BASE_URL: Record<ChannelType, string> = {
  openai: 'https://api.openai.com/v1',
  anthropic: 'https://api.anthropic.com/v1',
  gemini: 'https://generativelanguage.googleapis.com/v1beta',
}

/** Create or edit body; on edit, an omitted `api_key` keeps the stored key. */
export interface ChannelRequest {
  name?: string
  base_url?: string
  api_key?: string
  model_id?: string
  rpm_limit?: number
  is_enabled?: boolean
  type?: ChannelType
  upstream_model?: string
  reasoning?: string
  context_window?: number
  vision?: boolean
  priority?: number
  weight?: number
  input_price?: number | null
  output_price?: number | null
  cached_input_price?: number | null
}

/** The three price fields of a channel (SPEC §14). */
export const PRICE_FIELDS = ['input_price', 'output_price', 'cached_input_price'] as const
export type PriceField = (typeof PRICE_FIELDS)[number]

export interface ChannelTestResult {
  ok: boolean
  latency_ms: number | null
  error: string | null
}
