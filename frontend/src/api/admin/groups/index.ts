/** Groups (classes, teams): list, create, edit and delete. */
import { adminHttp } from '@/http/adminClient'
import { toItems, type Page } from '../types'
import type { Group, GroupRequest } from './types'

/** Every group; takes a plain array or a page answer, asking for a page big enough to hold them all. */
export async function listGroups(signal?: AbortSignal): Promise<Group[]> {
  return toItems(await adminHttp.get<Group[] | Page<Group>>('/api/admin/groups?page=1&size=500', { signal }))
}

export function createGroup(body: GroupRequest): Promise<Group> {
  return adminHttp.post<Group>('/api/admin/groups', body)
}

export function updateGroup(id: number, body: GroupRequest): Promise<Group> {
  return adminHttp.put<Group>(`/api/admin/groups/${id}`, body)
}

export function deleteGroup(id: number): Promise<void> {
  return adminHttp.delete<void>(`/api/admin/groups/${id}`)
}
