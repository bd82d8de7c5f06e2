/** Where the user's access token lives between reloads. */

const KEY = 'switchboard.token'

export function readToken(): string | null {
  try {
    return localStorage.getItem(KEY)
  } catch {
    return null
  }
}

export function writeToken(token: string | null): void {
  try {
    if (token) localStorage.setItem(KEY, token)
    else localStorage.removeItem(KEY)
  } catch {
    // Storage may be unavailable (private mode); the token then lives for this page only.
  }
}
