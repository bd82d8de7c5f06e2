/** The error every API call throws: the server's envelope (SPEC §6) or a network failure, classified. */
import { toErrorBody, type ErrorBody } from '@/utils/chatChunk'

export type ApiErrorKind = 'quota' | 'rate_limit' | 'upstream' | 'unauthorized' | 'network' | 'other'

export class ApiError extends Error {
  readonly kind: ApiErrorKind
  readonly status: number
  readonly type: string
  readonly retryAfter: number | null
  /** For `quota_exceeded` (SPEC §14): when the period resets, as the server's ISO-8601 string. */
  readonly resetAt: string | null
  readonly body: ErrorBody | null

  constructor(status: number, body: ErrorBody | null) {
    super(body?.message || `HTTP ${status}`)
    this.name = 'ApiError'
    this.status = status
    this.body = body
    this.type = body?.type ?? (status === 0 ? 'network_error' : 'unknown_error')
    this.kind = classify(status, this.type)
    this.retryAfter = typeof body?.retry_after === 'number' ? body.retry_after : null
    this.resetAt = typeof body?.reset_at === 'string' ? body.reset_at : null
  }

  /** The server's own message, if it sent one. */
  get serverMessage(): string {
    return this.body?.message ?? ''
  }

  static network(): ApiError {
    return new ApiError(0, null)
  }

  static fromEnvelope(status: number, envelope: unknown, retryAfterHeader?: string | null): ApiError {
    const raw = (envelope as { error?: unknown } | null)?.error
    const body = raw === undefined ? null : toErrorBody(raw)
    if (body && body.retry_after === undefined && retryAfterHeader) {
      const seconds = Number(retryAfterHeader)
      if (Number.isFinite(seconds)) body.retry_after = seconds
    }
    return new ApiError(status, body)
  }
}

function classify(status: number, type: string): ApiErrorKind {
  // Also a 429, but no wait helps: it is told apart before the status-based rate-limit rule.
  if (type === 'quota_exceeded') return 'quota'
  if (type === 'rate_limit_exceeded' || status === 429) return 'rate_limit'
  if (type === 'upstream_error') return 'upstream'
  if (type === 'unauthorized' || status === 401) return 'unauthorized'
  if (status === 0) return 'network'
  return 'other'
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError'
}
