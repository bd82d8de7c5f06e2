/** The admin's user management. */
import { adminHttp } from '@/http/adminClient'
import type { Page } from '../types'
import type { AdminUser, NewUser } from './types'

export function listUsers(q: string, page: number, size: number): Promise<Page<AdminUser>> {
  const query = new URLSearchParams({ page: String(page), size: String(size) })
  if (q.trim()) query.set('q', q.trim())
  return adminHttp.get<Page<AdminUser>>(`/api/admin/users?${query}`)
}

export function createUser(user: NewUser): Promise<AdminUser> {
  return adminHttp.post<AdminUser>('/api/admin/users', user)
}

export function setUserEnabled(id: number, enabled: boolean): Promise<AdminUser> {
  return adminHttp.patch<AdminUser>(`/api/admin/users/${id}`, { enabled })
}

/** Puts the user into a group, or takes them out of theirs with null (SPEC §14). */
export function setUserGroup(id: number, groupId: number | null): Promise<AdminUser> {
  return adminHttp.patch<AdminUser>(`/api/admin/users/${id}`, { group_id: groupId })
}

export function resetPassword(id: number, password: string): Promise<void> {
  return adminHttp.post<void>(`/api/admin/users/${id}/password`, { password })
}

export function deleteUser(id: number): Promise<void> {
  return adminHttp.delete<void>(`/api/admin/users/${id}`)
}
