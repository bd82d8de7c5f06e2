/** The admin console's client: its own token (never the chat user's) and its own 401 rule. */
import { createHttpClient } from './client'

const KEY = 'switchboard.adminToken'

export function readAdminToken(): string | null {
  try {
    return localStorage.getItem(KEY)
  } catch {
    return null
  }
}

export function writeAdminToken(token: string | null): void {
  try {
    if (token) localStorage.setItem(KEY, token)
    else localStorage.removeItem(KEY)
  } catch {
    // Storage may be unavailable (private mode); the token then lives for this page only.
  }
}

let onUnauthorized: () => void = () => {}

/** Called on any 401 from an admin call, i.e. when the admin token expired or was rejected. */
export function setAdminUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler
}

const adminClient = createHttpClient({ readToken: readAdminToken, onUnauthorized: () => onUnauthorized() })

export const adminSend = adminClient.send
export const adminHttp = adminClient.http
