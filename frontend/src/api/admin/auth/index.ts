/** Admin authentication: sign-in and who the token belongs to. */
import type { CurrentUser } from '@/api/auth/types'
import { adminHttp } from '@/http/adminClient'
import type { AdminCredentials, AdminTokenResponse } from './types'

export function adminLogin(credentials: AdminCredentials): Promise<AdminTokenResponse> {
  return adminHttp.post<AdminTokenResponse>('/api/auth/admin/login', credentials)
}

/** The admin-side twin of /api/auth/me: the IP blocklist never applies to it, so the console works for a blocked admin. */
export function fetchAdminMe(): Promise<CurrentUser> {
  return adminHttp.get<CurrentUser>('/api/auth/admin/me')
}
