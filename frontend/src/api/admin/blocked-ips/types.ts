/** Wire shapes of /api/admin/blocked-ips (SPEC §7). */

export interface BlockedIp {
  id: number
  /** A single address or a CIDR range, IPv4 or IPv6. */
  ip_address: string
  reason: string | null
  created_at: string
}

export interface BlockedIpRequest {
  ip_address: string
  reason?: string
}

export interface BlockedAttempt {
  id: number
  ip_address: string
  path: string
  rule: string
  /** The start of the minute these requests fell in. */
  created_at: string
  /** Requests refused from this IP to this path by this rule in that minute. */
  count: number
}
