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
}

/** Create or edit body; on edit, an omitted `api_key` keeps the stored key. */
export interface ChannelRequest {
  name?: string
  base_url?: string
  api_key?: string
  model_id?: string
  rpm_limit?: number
  is_enabled?: boolean
}

export interface ChannelTestResult {
  ok: boolean
  latency_ms: number | null
  error: string | null
}
