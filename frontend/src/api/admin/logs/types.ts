/** Wire shapes of /api/admin/logs (SPEC §7). */

export type LogStatus = 'ok' | 'upstream_error' | 'cancelled' | 'no_capacity'

export interface LogItem {
  id: number
  created_at: string
  ip_address: string
  user_id: number | null
  /** The user's email, or null for a guest. */
  username: string | null
  model_id: string
  channel_id: number | null
  channel_name: string | null
  prompt_tokens: number
  completion_tokens: number
  /** Of the prompt tokens, how many were cached input (SPEC §11); optional for older servers. */
  cached_tokens?: number
  /** Of the completion tokens, how many were reasoning. */
  reasoning_tokens?: number
  /** The surface the call came in through (SPEC §12); optional for older servers. */
  endpoint?: 'chat' | 'messages' | 'responses'
  /** SPEC §14: what the call cost in the settings' currency, fixed when written; null when the channel was unpriced. */
  cost?: number | string | null
  /** The API key the call came with (SPEC §10); null for the browser chat. */
  api_key_id?: number | null
  api_key_name?: string | null
  /** The user's group at the time of the call, by name; null without one. */
  group?: string | null
  status: string
  latency_ms: number | null
}
