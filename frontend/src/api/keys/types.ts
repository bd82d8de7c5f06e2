/** Wire shapes of /api/keys (SPEC §10). */

export interface ApiKey {
  id: number
  name: string
  /** The first 8 characters, e.g. `sb-AbCdE`, to tell keys apart. */
  prefix: string
  last4: string
  enabled: boolean
  expires_at: string | null
  /** Empty: every model. */
  allowed_models: string[]
  /** Empty: from anywhere. */
  allowed_cidrs: string[]
  created_at: string
  last_used_at: string | null
}

/** The creation answer: the only time the full key is shown. */
export interface CreatedApiKey extends ApiKey {
  key: string
}

export interface ApiKeyDraft {
  name: string
  expires_at?: string | null
  allowed_models?: string[]
  allowed_cidrs?: string[]
}

export type ApiKeyChange = Partial<Pick<ApiKey, 'name' | 'enabled' | 'expires_at' | 'allowed_models' | 'allowed_cidrs'>>

export interface Page<T> {
  items: T[]
  total: number
  page: number
  size: number
}
