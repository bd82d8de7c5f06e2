/** End-user authentication endpoints. */
import { http } from '@/http/client'
import type { Credentials, CurrentUser, RegisterResponse, TokenResponse } from './types'

export function login(credentials: Credentials): Promise<TokenResponse> {
  return http.post<TokenResponse>('/api/auth/login', credentials)
}

export function register(credentials: Credentials): Promise<RegisterResponse> {
  return http.post<RegisterResponse>('/api/auth/register', credentials)
}

export function fetchMe(): Promise<CurrentUser> {
  return http.get<CurrentUser>('/api/auth/me')
}
