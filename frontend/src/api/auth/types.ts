/** Wire shapes of /api/auth (SPEC §7). */

export interface Credentials {
  email: string
  password: string
}

export interface TokenResponse {
  access_token: string
  token_type: string
}

export interface RegisterResponse {
  message: string
}

/** GET /api/auth/me: a signed-in user (email) or an admin (username). */
export interface CurrentUser {
  id?: number | string
  email?: string | null
  username?: string | null
  role?: string
}
