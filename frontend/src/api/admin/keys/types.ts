/** Wire shapes of /api/admin/keys: a key with its owner. */
import type { ApiKey } from '@/api/keys/types'

export interface AdminApiKey extends ApiKey {
  user_id: number
  email: string | null
}
