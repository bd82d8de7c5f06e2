/** Wire shapes of the admin sign-in (SPEC §7). */

export interface AdminCredentials {
  username: string
  password: string
}

export interface AdminTokenResponse {
  access_token: string
  token_type: string
  expires_in?: number
  role?: string
}
