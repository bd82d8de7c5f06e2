/** Admin authentication: sign-in and who the token belongs to. */
import type { CurrentUser } from '@/api/auth/types'
import { adminHttp } from '@/http/adminClient'
import type { AdminCredentials, AdminTokenResponse } from './types'

export function adminLogin(credentials: AdminCredentials): Promise<AdminTokenResponse> {
  return adminHttp.post<AdminTokenResponse>('/api/auth/admin/login', credentials)
}

export function fetchAdminMe(): Promise<CurrentUser> {
  return adminHttp.get<CurrentUser>('/api/auth/me')
}
